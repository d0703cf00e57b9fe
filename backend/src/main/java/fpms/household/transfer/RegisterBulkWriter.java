package fpms.household.transfer;

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
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;

/**
 * Writes checked import rows with JDBC batches (tens of thousands of rows a second): new households, persons,
 * their stays, the heads, and one audit event per record created — all in the caller's transaction.
 */
@ApplicationScoped
public class RegisterBulkWriter {

    private static final int BATCH = 1000;

    @Inject
    EntityManager em;

    @Inject
    AppClock clock;

    @Inject
    Caller caller;

    public record Written(int persons, int newHouseholds) {
    }

    /** The households (of the caller's area) that the rows name and that already exist. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<ImportedPerson.HouseholdKey, Household> existingHouseholds(Set<ImportedPerson.HouseholdKey> keys) {
        Map<ImportedPerson.HouseholdKey, Household> found = new HashMap<>();
        Set<String> codes = keys.stream().map(ImportedPerson.HouseholdKey::code).collect(java.util.stream.Collectors.toSet());
        List<String> list = List.copyOf(codes);
        for (int i = 0; i < list.size(); i += 5000) {
            List<Household> page = Household.list("code in ?1", list.subList(i, Math.min(list.size(), i + 5000)));
            for (Household h : page) {
                ImportedPerson.HouseholdKey key = new ImportedPerson.HouseholdKey(h.orgUnitId, h.code);
                if (keys.contains(key)) {
                    found.put(key, h);
                }
            }
        }
        return found;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Written write(List<ImportedPerson> rows, long jobId) {
        Map<ImportedPerson.HouseholdKey, Household> existing = existingHouseholds(
                rows.stream().map(ImportedPerson::household).collect(java.util.stream.Collectors.toSet()));
        Map<ImportedPerson.HouseholdKey, Long> householdIds = new LinkedHashMap<>();
        Map<ImportedPerson.HouseholdKey, ImportedPerson> firstRow = new LinkedHashMap<>();
        existing.forEach((k, h) -> householdIds.put(k, h.id));
        for (ImportedPerson r : rows) {
            firstRow.putIfAbsent(r.household(), r);
        }
        int[] created = {0};
        em.unwrap(Session.class).doWork(connection -> {
            Deque<Long> hhIds = ids(connection, "household_seq", (int) firstRow.keySet().stream().filter(k -> !existing.containsKey(k)).count());
            Deque<Long> personIds = ids(connection, "person_seq", rows.size());
            Deque<Long> stayIds = ids(connection, "household_membership_seq", rows.size());
            Deque<Long> auditIds = ids(connection, "audit_event_seq", rows.size() + hhIds.size());
            Timestamp now = Timestamp.from(clock.now());
            LocalDate today = clock.today();
            String reason = "import job " + jobId;
            long[] personId = new long[rows.size()];
            Map<ImportedPerson.HouseholdKey, Long> heads = new HashMap<>();
            for (int i = 0; i < rows.size(); i++) {
                personId[i] = personIds.pop();
                if (rows.get(i).person().relation == Relation.HEAD) {
                    heads.put(rows.get(i).household(), personId[i]);
                }
            }
            try (PreparedStatement household = connection.prepareStatement(
                    "insert into household (id, org_unit_id, code, address, type, head_id, status, version, created_at)"
                            + " values (?, ?, ?, ?, ?, ?, 'ACTIVE', 0, ?)");
                    PreparedStatement audit = connection.prepareStatement(
                            "insert into audit_event (id, occurred_at, actor, org_unit_id, entity_type, entity_id, action, reason, changes, correlation_id)"
                                    + " values (?, ?, ?, ?, ?, ?, 'IMPORT', ?, cast(? as jsonb), null)")) {
                int n = 0;
                for (Map.Entry<ImportedPerson.HouseholdKey, ImportedPerson> e : firstRow.entrySet()) {
                    if (householdIds.containsKey(e.getKey())) {
                        continue;
                    }
                    long id = hhIds.pop();
                    householdIds.put(e.getKey(), id);
                    ImportedPerson r = e.getValue();
                    household.setLong(1, id);
                    household.setLong(2, r.villageId());
                    household.setString(3, r.householdCode());
                    household.setString(4, r.address());
                    household.setString(5, r.householdType().name());
                    household.setLong(6, heads.get(e.getKey())); // the head FK is checked at commit
                    household.setTimestamp(7, now);
                    household.addBatch();
                    auditRow(audit, auditIds.pop(), now, r.villageId(), "Household", id, reason,
                            "[{\"field\":\"code\",\"after\":" + json(r.householdCode()) + "},{\"field\":\"address\",\"after\":" + json(r.address()) + "}]");
                    created[0]++;
                    if (++n % BATCH == 0) {
                        household.executeBatch();
                    }
                }
                household.executeBatch();
                try (PreparedStatement person = connection.prepareStatement(
                        "insert into person (id, org_unit_id, household_id, relation, name, id_number, birth_date, sex, ethnicity_code, phone,"
                                + " marital_status, marriage_date, residence_status, origin_region, arrival_date, stay_until, destination,"
                                + " departure_date, status, version, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', 0, ?)");
                        PreparedStatement stay = connection.prepareStatement(
                                "insert into household_membership (id, household_id, person_id, org_unit_id, relation, joined_on, joined_by)"
                                        + " values (?, ?, ?, ?, ?, ?, 'CREATE')");
                        PreparedStatement head = connection.prepareStatement("update household set head_id = ?, version = version + 1 where id = ?")) {
                    for (int i = 0; i < rows.size(); i++) {
                        ImportedPerson r = rows.get(i);
                        Person p = r.person();
                        long id = personId[i];
                        long hh = householdIds.get(r.household());
                        person.setLong(1, id);
                        person.setLong(2, r.villageId());
                        person.setLong(3, hh);
                        person.setString(4, p.relation.name());
                        person.setString(5, p.name);
                        person.setString(6, p.idNumber);
                        person.setDate(7, Date.valueOf(p.birthDate));
                        person.setString(8, p.sex.name());
                        person.setString(9, p.ethnicityCode);
                        person.setString(10, p.phone);
                        person.setString(11, p.maritalStatus == null ? null : p.maritalStatus.name());
                        date(person, 12, p.marriageDate);
                        person.setString(13, p.residenceStatus.name());
                        person.setString(14, p.originRegion);
                        date(person, 15, p.arrivalDate);
                        date(person, 16, p.stayUntil);
                        person.setString(17, p.destination);
                        date(person, 18, p.departureDate);
                        person.setTimestamp(19, now);
                        person.addBatch();
                        stay.setLong(1, stayIds.pop());
                        stay.setLong(2, hh);
                        stay.setLong(3, id);
                        stay.setLong(4, r.villageId());
                        stay.setString(5, p.relation.name());
                        stay.setDate(6, Date.valueOf(today));
                        stay.addBatch();
                        if (p.relation == Relation.HEAD && existing.containsKey(r.household())) {
                            head.setLong(1, id);
                            head.setLong(2, hh);
                            head.addBatch();
                        }
                        auditRow(audit, auditIds.pop(), now, r.villageId(), "Person", id, reason,
                                "[{\"field\":\"name\",\"after\":" + json(p.name) + "},{\"field\":\"idNumber\",\"after\":"
                                        + json(p.maskedIdNumber()) + "},{\"field\":\"householdId\",\"after\":" + hh + "}]");
                        if ((i + 1) % BATCH == 0) {
                            person.executeBatch();
                            stay.executeBatch();
                            head.executeBatch();
                            audit.executeBatch();
                        }
                    }
                    person.executeBatch();
                    stay.executeBatch();
                    head.executeBatch();
                }
                audit.executeBatch();
            }
        });
        return new Written(rows.size(), created[0]);
    }

    private void auditRow(PreparedStatement audit, long id, Timestamp now, long orgUnitId, String type, long entityId, String reason,
            String changes) throws SQLException {
        audit.setLong(1, id);
        audit.setTimestamp(2, now);
        audit.setString(3, caller.username());
        audit.setLong(4, orgUnitId);
        audit.setString(5, type);
        audit.setString(6, Long.toString(entityId));
        audit.setString(7, reason);
        audit.setString(8, changes);
        audit.addBatch();
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

    private static void date(PreparedStatement s, int index, LocalDate d) throws SQLException {
        if (d == null) {
            s.setNull(index, Types.DATE);
        } else {
            s.setDate(index, Date.valueOf(d));
        }
    }

    private static String json(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
