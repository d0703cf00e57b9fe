package fpms.prepregnancy.service;

import fpms.audit.AuditTrail;
import fpms.common.error.ProblemException;
import fpms.common.jdbc.PrefixRange;
import fpms.common.paging.CappedCount;
import fpms.common.paging.Page;
import fpms.common.paging.PageQuery;
import fpms.common.scope.Caller;
import fpms.common.time.AppClock;
import fpms.common.time.DateBounds;
import fpms.common.version.Versions;
import fpms.common.web.Texts;
import fpms.household.Person;
import fpms.household.PersonMerged;
import fpms.household.PersonStatus;
import fpms.household.Sex;
import fpms.org.AppUser;
import fpms.prepregnancy.BloodType;
import fpms.prepregnancy.LabResult;
import fpms.prepregnancy.PrepregnancyCheck;
import fpms.prepregnancy.PrepregnancyRiskFactor;
import fpms.prepregnancy.RiskLevel;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Pre-pregnancy checks of the caller's subtree: record, void, list and read (each read of the results audited). */
@ApplicationScoped
@Transactional
public class PrepregnancyCheckService {

    private static final Map<String, String> SORTABLE = Map.of("checkDate", "checkDate", "recordedAt", "recordedAt", "id", "id");

    @Inject
    AuditTrail audit;

    @Inject
    AppClock clock;

    @Inject
    Caller caller;

    /** One partner's results; the wife-only items (TSH, rubella IgG) are null for the husband. */
    public record PartnerResults(BloodType bloodType, LabResult hbsag, LabResult syphilis, LabResult hiv, LabResult bloodGlucose,
            LabResult tsh, LabResult rubellaIgg, String note) {
    }

    /** What a new check says. */
    public record NewCheck(long wifeId, long husbandId, LocalDate checkDate, String institution, PartnerResults wife,
            PartnerResults husband, RiskLevel riskLevel, List<String> riskFactors, String advice) {
    }

    /** The list's filters: a year of check dates, a village or town (its path), the risk, the status, a name's beginning. */
    public record Filter(Integer year, String areaPath, RiskLevel risk, PrepregnancyCheck.Status status, String name) {
    }

    /** A partner as the check shows them, whoever may see the check (the husband may live in another village). */
    public record Partner(long id, String name, String idNumber, LocalDate birthDate) {
    }

    @Transactional
    public Optional<PrepregnancyCheck> find(long id) {
        return PrepregnancyCheck.findByIdOptional(id);
    }

    /** The whole check with its results: health data, so every such read is audited. */
    public PrepregnancyCheck read(long id) {
        PrepregnancyCheck c = require(id);
        audit.read(c, "READ_RESULTS");
        return c;
    }

    /**
     * Checks of the caller's subtree, newest first unless sorted otherwise. The year and the area are a range of
     * (org_unit_id, check_date) in the index; a name narrows by the register's name indexes.
     */
    @Transactional
    public Page<PrepregnancyCheck> list(Filter f, PageQuery paging) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (f.year() != null) {
            where.add("c.checkDate >= :from and c.checkDate < :to");
            params.put("from", LocalDate.of(f.year(), 1, 1));
            params.put("to", LocalDate.of(f.year() + 1, 1, 1));
        }
        if (f.areaPath() != null) {
            where.add("c.orgUnitId in (select o.id from OrgUnit o where o.path like :path)");
            params.put("path", f.areaPath() + "%");
        }
        if (f.risk() != null) {
            where.add("c.riskLevel = :risk");
            params.put("risk", f.risk());
        }
        if (f.status() != null) {
            where.add("c.status = :status");
            params.put("status", f.status());
        }
        if (f.name() != null && !f.name().isBlank()) {
            String named = "(select p.id from Person p where " + PrefixRange.hql("p.name", "name")
                    + " and p.status = fpms.household.PersonStatus.ACTIVE)";
            where.add("(c.wifeId in " + named + " or c.husbandId in " + named + ")");
            PrefixRange.bind(params, "name", f.name().trim());
        }
        Sort sort = paging.sort(SORTABLE, "checkDate", Sort.Direction.Descending);
        String from = "from PrepregnancyCheck c" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        PanacheQuery<PrepregnancyCheck> q = PrepregnancyCheck.find(from, sort, params);
        return CappedCount.page(q.page(paging.page, paging.size).list(), paging, PrepregnancyCheck.class, from, params);
    }

    /** Records a check of a couple of the register; it belongs to the wife's village. */
    public PrepregnancyCheck record(NewCheck n) {
        Person wife = partner("wifeId", n.wifeId(), Sex.FEMALE, "prepregnancy.wife.female");
        Person husband = partner("husbandId", n.husbandId(), Sex.MALE, "prepregnancy.husband.male");
        DateBounds.notFuture("checkDate", n.checkDate(), clock.today());
        DateBounds.planned("checkDate", n.checkDate(), clock.today()); // the register keeps checks from 2000 on
        DateBounds.notBefore("checkDate", n.checkDate(), wife.birthDate, "date.before-birth");
        DateBounds.notBefore("checkDate", n.checkDate(), husband.birthDate, "date.before-birth");
        Set<String> factors = riskFactors(n.riskLevel(), n.riskFactors());
        if (PrepregnancyCheck.count("wifeId = ?1 and husbandId = ?2 and checkDate = ?3 and status = ?4",
                wife.id, husband.id, n.checkDate(), PrepregnancyCheck.Status.VALID) > 0) {
            throw ProblemException.conflict("prepregnancy.duplicate", wife.name, husband.name, n.checkDate());
        }
        PrepregnancyCheck c = new PrepregnancyCheck();
        c.orgUnitId = wife.orgUnitId;
        c.wifeId = wife.id;
        c.husbandId = husband.id;
        c.checkDate = n.checkDate();
        c.institution = n.institution().trim();
        PartnerResults w = n.wife();
        c.wifeBloodType = w.bloodType();
        c.wifeHbsag = w.hbsag();
        c.wifeSyphilis = w.syphilis();
        c.wifeHiv = w.hiv();
        c.wifeBloodGlucose = w.bloodGlucose();
        c.wifeTsh = w.tsh();
        c.wifeRubellaIgg = w.rubellaIgg();
        c.wifeNote = Texts.blankToNull(w.note());
        PartnerResults h = n.husband();
        c.husbandBloodType = h.bloodType();
        c.husbandHbsag = h.hbsag();
        c.husbandSyphilis = h.syphilis();
        c.husbandHiv = h.hiv();
        c.husbandBloodGlucose = h.bloodGlucose();
        c.husbandNote = Texts.blankToNull(h.note());
        c.riskLevel = n.riskLevel();
        c.riskFactors = factors;
        c.advice = Texts.blankToNull(n.advice());
        c.recordedBy = caller.username();
        Long userId = caller.userId();
        AppUser user = userId == null ? null : AppUser.findById(userId);
        c.recordedByName = user != null ? user.displayName : caller.username();
        c.recordedAt = clock.now();
        c.persist();
        audit.created(c, "CREATE");
        return c;
    }

    /** Voids a check with the reason (a correction is then recorded as a new check); 409 if it is already void. */
    public PrepregnancyCheck voidCheck(long id, String ifMatch, String reason) {
        PrepregnancyCheck c = require(id);
        Versions.requireMatch(ifMatch, c.version);
        Map<String, Object> before = c.auditState();
        c.voidFor(reason.trim(), caller.username(), clock.now());
        audit.changed(c, "VOID", before, reason.trim());
        c.flush(); // so that the answer carries the new version
        return c;
    }

    /** The partners of these checks by id, read whatever village they live in (the check shows its couple). */
    @Transactional
    public Map<Long, Partner> partners(Collection<PrepregnancyCheck> checks) {
        Set<Long> ids = new TreeSet<>();
        checks.forEach(c -> {
            ids.add(c.wifeId);
            ids.add(c.husbandId);
        });
        if (ids.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = PrepregnancyCheck.getEntityManager()
                .createNativeQuery("select id, name, id_number, birth_date from person where id in (:ids)")
                .setParameter("ids", ids).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> ((Number) r[0]).longValue(),
                r -> new Partner(((Number) r[0]).longValue(), (String) r[1], (String) r[2], toDate(r[3]))));
    }

    /** A merged duplicate's checks now name the kept person, each audited in its own org unit. */
    @SuppressWarnings("unchecked")
    void onPersonMerged(@Observes PersonMerged merged) {
        // within the merge's PastScope (DuplicateService): a check of another village (the husband's side) names the kept one too
        List<PrepregnancyCheck> named = PrepregnancyCheck.getEntityManager().createNativeQuery(
                        "select * from prepregnancy_check where wife_id = :retired or husband_id = :retired", PrepregnancyCheck.class)
                .setParameter("retired", merged.retiredId()).getResultList();
        for (PrepregnancyCheck c : named) {
            Map<String, Object> before = c.auditState();
            if (c.wifeId == merged.retiredId()) {
                c.wifeId = merged.keptId();
            }
            if (c.husbandId == merged.retiredId()) {
                c.husbandId = merged.keptId();
            }
            audit.changedFor(c, "PERSON_MERGED", before, merged.reason());
        }
    }

    private PrepregnancyCheck require(long id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("prepregnancy.not-found", id));
    }

    private static Person partner(String field, long id, Sex sex, String wrongSexKey) {
        Person p = Person.findById(id);
        if (p == null || p.status != PersonStatus.ACTIVE) {
            throw ProblemException.invalidField(field, "person.not-in-area", id);
        }
        if (p.sex != sex) {
            throw ProblemException.invalidField(field, wrongSexKey, p.name);
        }
        return p;
    }

    /** A HIGH risk names at least one factor of the dictionary, a LOW one none. */
    private static Set<String> riskFactors(RiskLevel level, List<String> codes) {
        Set<String> factors = new TreeSet<>(codes == null ? List.of() : codes);
        if (level == RiskLevel.HIGH && factors.isEmpty()) {
            throw ProblemException.invalidField("riskFactors", "prepregnancy.risk-factors.required");
        }
        if (level == RiskLevel.LOW && !factors.isEmpty()) {
            throw ProblemException.invalidField("riskFactors", "prepregnancy.risk-factors.low");
        }
        Set<String> known = PrepregnancyRiskFactor.all().stream().map(f -> f.code).collect(Collectors.toSet());
        for (String code : factors) {
            if (!known.contains(code)) {
                throw ProblemException.invalidField("riskFactors", "prepregnancy.risk-factor.unknown", code);
            }
        }
        return factors;
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
