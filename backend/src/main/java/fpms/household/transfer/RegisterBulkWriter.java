package fpms.household.transfer;

import fpms.audit.AuditTrail;
import fpms.audit.FieldChange;
import fpms.common.i18n.Message;
import fpms.common.jdbc.PgCopy;
import fpms.common.scope.Caller;
import fpms.common.time.AppClock;
import fpms.household.Household;
import fpms.household.Person;
import fpms.household.Relation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * Writes checked import rows with COPY (the fastest way into PostgreSQL): new households, persons, their stays, the
 * heads, and one audit event per record created or head set — all in the caller's transaction, which also checked
 * the rows (with the existing households locked).
 */
@ApplicationScoped
public class RegisterBulkWriter {

    @Inject
    EntityManager em;

    @Inject
    AppClock clock;

    @Inject
    Caller caller;

    @Inject
    AuditTrail trail;

    public record Written(int persons, int newHouseholds) {
    }

    /**
     * The households (of the caller's area) that the rows name and that already exist, locked until the transaction
     * ends: their head and status stay what the import checked until it has written.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<ImportedPerson.HouseholdKey, Household> lockedHouseholds(Set<ImportedPerson.HouseholdKey> keys) {
        Map<ImportedPerson.HouseholdKey, Household> found = new HashMap<>();
        Map<Long, List<String>> codesByVillage = keys.stream().collect(Collectors.groupingBy(ImportedPerson.HouseholdKey::villageId,
                TreeMap::new, Collectors.mapping(ImportedPerson.HouseholdKey::code, Collectors.toList())));
        codesByVillage.forEach((village, codes) -> {
            // SQL with the codes as one array (an HQL list of thousands of parameters takes longer to bind than to run); the
            // villages are those of the caller's area (the parser found them through the scope), so the scope holds
            @SuppressWarnings("unchecked")
            List<Household> locked = em.createNativeQuery("select * from household where org_unit_id = ?1"
                            + " and code = any(cast(?2 as varchar[])) order by code for update", Household.class)
                    .setParameter(1, village).setParameter(2, codes.stream().sorted().toArray(String[]::new)).getResultList();
            locked.forEach(h -> found.put(new ImportedPerson.HouseholdKey(h.orgUnitId, h.code), h));
        });
        return found;
    }

    /** Writes the rows; {@code existing} are the households they join that exist, as locked by {@link #lockedHouseholds}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Written write(List<ImportedPerson> rows, Map<ImportedPerson.HouseholdKey, Household> existing, long jobId) {
        Map<ImportedPerson.HouseholdKey, ImportedPerson> newHouseholds = new LinkedHashMap<>();
        for (ImportedPerson r : rows) {
            if (!existing.containsKey(r.household())) {
                newHouseholds.putIfAbsent(r.household(), r);
            }
        }
        long existingHeads = rows.stream().filter(r -> r.person().relation == Relation.HEAD && existing.containsKey(r.household())).count();
        em.unwrap(Session.class).doWork(connection -> {
            Deque<Long> hhIds = ids(connection, "household_seq", newHouseholds.size());
            Deque<Long> personIds = ids(connection, "person_seq", rows.size());
            Deque<Long> stayIds = ids(connection, "household_membership_seq", rows.size());
            Deque<Long> auditIds = ids(connection, "audit_event_seq", rows.size() + newHouseholds.size() + (int) existingHeads);
            Instant now = clock.now();
            LocalDate today = clock.today();
            String actor = caller.username();
            String reason = AuditTrail.json(Message.of("audit.reason.import", jobId)); // AuditEvent.reasonMessage
            Map<ImportedPerson.HouseholdKey, Long> householdIds = new HashMap<>();
            existing.forEach((k, h) -> householdIds.put(k, h.id));
            newHouseholds.keySet().forEach(k -> householdIds.put(k, hhIds.pop()));
            long[] personId = new long[rows.size()];
            Map<ImportedPerson.HouseholdKey, Long> heads = new HashMap<>();
            for (int i = 0; i < rows.size(); i++) {
                personId[i] = personIds.pop();
                if (rows.get(i).person().relation == Relation.HEAD) {
                    heads.put(rows.get(i).household(), personId[i]);
                }
            }
            try (PgCopy households = new PgCopy(connection, "household", "id, org_unit_id, code, address, type, head_id, status, version, created_at")) {
                for (Map.Entry<ImportedPerson.HouseholdKey, ImportedPerson> e : newHouseholds.entrySet()) {
                    ImportedPerson r = e.getValue(); // the head FK is checked at commit, after the persons below
                    households.row(householdIds.get(e.getKey()), r.villageId(), r.householdCode(), r.address(), r.householdType(),
                            heads.get(e.getKey()), "ACTIVE", 0, now);
                }
                households.finish();
            }
            try (PgCopy persons = new PgCopy(connection, "person", "id, org_unit_id, household_id, relation, name, id_number, birth_date, sex,"
                    + " ethnicity_code, phone, marital_status, marriage_date, residence_status, origin_region, arrival_date, stay_until,"
                    + " destination, departure_date, status, version, created_at")) {
                for (int i = 0; i < rows.size(); i++) {
                    ImportedPerson r = rows.get(i);
                    Person p = r.person();
                    persons.row(personId[i], r.villageId(), householdIds.get(r.household()), p.relation, p.name, p.idNumber, p.birthDate, p.sex,
                            p.ethnicityCode, p.phone, p.maritalStatus, p.marriageDate, p.residenceStatus, p.originRegion, p.arrivalDate,
                            p.stayUntil, p.destination, p.departureDate, "ACTIVE", 0, now);
                }
                persons.finish();
            }
            try (PgCopy stays = new PgCopy(connection, "household_membership", "id, household_id, person_id, org_unit_id, relation, joined_on, joined_by")) {
                for (int i = 0; i < rows.size(); i++) {
                    ImportedPerson r = rows.get(i);
                    stays.row(stayIds.pop(), householdIds.get(r.household()), personId[i], r.villageId(), r.person().relation, today, "CREATE");
                }
                stays.finish();
            }
            // an existing household gets its head only if it still has none (it is locked since the check; this says so)
            List<Map.Entry<ImportedPerson.HouseholdKey, Long>> newHeads = heads.entrySet().stream()
                    .filter(e -> existing.containsKey(e.getKey())).toList();
            try (PreparedStatement head = connection.prepareStatement(
                    "update household set head_id = ?, version = version + 1 where id = ? and head_id is null and status = 'ACTIVE'")) {
                for (Map.Entry<ImportedPerson.HouseholdKey, Long> e : newHeads) {
                    head.setLong(1, e.getValue());
                    head.setLong(2, householdIds.get(e.getKey()));
                    head.addBatch();
                }
                for (int count : head.executeBatch()) {
                    if (count != 1) {
                        throw new SQLException("a household changed after the import checked it", "40001"); // checked and written again
                    }
                }
            }
            // each event as AuditTrail writes one: the record's whole audited state, through the one conversion to audit values
            try (PgCopy audit = new PgCopy(connection, "audit_event",
                    "id, occurred_at, actor, org_unit_id, entity_type, entity_id, action, reason_message, changes")) {
                for (Map.Entry<ImportedPerson.HouseholdKey, ImportedPerson> e : newHouseholds.entrySet()) {
                    Household h = newHousehold(e.getValue(), householdIds.get(e.getKey()), heads.get(e.getKey()));
                    audit.row(auditIds.pop(), now, actor, h.orgUnitId, "Household", h.id, "IMPORT", reason, trail.createdChangesJson(h));
                }
                for (Map.Entry<ImportedPerson.HouseholdKey, Long> e : newHeads) {
                    audit.row(auditIds.pop(), now, actor, e.getKey().villageId(), "Household", householdIds.get(e.getKey()), "CHANGE_HEAD",
                            reason, AuditTrail.json(List.of(new FieldChange("headId", null, e.getValue()))));
                }
                for (int i = 0; i < rows.size(); i++) {
                    ImportedPerson r = rows.get(i);
                    Person p = r.person();
                    p.id = personId[i];
                    p.orgUnitId = r.villageId();
                    p.householdId = householdIds.get(r.household());
                    audit.row(auditIds.pop(), now, actor, p.orgUnitId, "Person", p.id, "IMPORT", reason, trail.createdChangesJson(p));
                }
                audit.finish();
            }
        });
        return new Written(rows.size(), newHouseholds.size());
    }

    /**
     * n fresh ids from a sequence of increment 50: each nextval v reserves v..v+49, exactly as Hibernate's pooled-lo
     * optimizer (quarkus.hibernate-orm.mapping.id.optimizer.default) does, so the two never hand out the same id.
     */
    private static Deque<Long> ids(Connection connection, String sequence, int n) throws SQLException {
        Deque<Long> ids = new ArrayDeque<>(n);
        int blocks = (n + 49) / 50;
        if (blocks == 0) {
            return ids;
        }
        try (PreparedStatement s = connection.prepareStatement("select nextval('" + sequence + "') from generate_series(1, ?)")) {
            s.setInt(1, blocks);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next() && ids.size() < n) {
                    long low = rs.getLong(1);
                    for (long id = low; id < low + 50 && ids.size() < n; id++) {
                        ids.add(id);
                    }
                }
            }
        }
        return ids;
    }

    /** A new household as the import writes it (not persisted by Hibernate: for its audit state). */
    private static Household newHousehold(ImportedPerson r, long id, Long headId) {
        Household h = new Household();
        h.id = id;
        h.orgUnitId = r.villageId();
        h.code = r.householdCode();
        h.address = r.address();
        h.type = r.householdType();
        h.headId = headId;
        h.status = Household.Status.ACTIVE;
        return h;
    }
}
