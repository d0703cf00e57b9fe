package fpms.pregnancy.service;

import fpms.audit.AuditTrail;
import fpms.common.error.ProblemException;
import fpms.common.scope.Caller;
import fpms.common.scope.PastScope;
import fpms.common.time.AppClock;
import fpms.common.time.DateBounds;
import fpms.common.version.Versions;
import fpms.household.Household;
import fpms.household.MembershipEvent;
import fpms.household.Person;
import fpms.household.PersonStatus;
import fpms.household.Relation;
import fpms.household.ResidenceStatus;
import fpms.household.Sex;
import fpms.household.service.PersonService;
import fpms.org.AppUser;
import fpms.org.Role;
import fpms.pregnancy.Baby;
import fpms.pregnancy.OutcomeType;
import fpms.pregnancy.Pregnancy;
import fpms.pregnancy.PregnancyRisk;
import fpms.pregnancy.PregnancyStatus;
import fpms.pregnancy.RiskFactor;
import fpms.pregnancy.RiskLevel;
import fpms.pregnancy.service.PregnancyCommands.Delivery;
import fpms.pregnancy.service.PregnancyCommands.End;
import fpms.pregnancy.service.PregnancyCommands.Registration;
import fpms.pregnancy.service.PregnancyCommands.Transfer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Registers pregnancies and records their course and outcome; each operation one transaction, audited, re-planned. */
@ApplicationScoped
@Transactional
public class PregnancyService {

    @Inject
    AppClock clock;

    @Inject
    PersonService persons;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    @Inject
    FollowUpPlanning planning;

    @Inject
    PregnantWomen women;

    @Inject
    PastScope pastScope;

    @Transactional
    public Optional<Pregnancy> find(long id) {
        return Pregnancy.findByIdOptional(id);
    }

    public Pregnancy require(long id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("pregnancy.not-found", id));
    }

    /** The whole pregnancy, a health record: every such read is audited. */
    public Pregnancy read(long id) {
        Pregnancy p = require(id);
        audit.read(p, "READ");
        return p;
    }

    public Pregnancy register(Registration r) {
        Person woman = Person.<Person>findByIdOptional(r.personId())
                .orElseThrow(() -> ProblemException.invalidField("personId", "person.not-in-area", r.personId()));
        if (woman.sex != Sex.FEMALE) {
            throw ProblemException.invalidField("personId", "pregnancy.person.female");
        }
        if (!woman.alive() || woman.status != PersonStatus.ACTIVE) {
            throw ProblemException.invalidField("personId", "pregnancy.person.living");
        }
        Pregnancy.<Pregnancy>find("personId = ?1 and status = ?2", woman.id, PregnancyStatus.ACTIVE).firstResultOptional()
                .ifPresent(p -> {
                    throw ProblemException.conflict("pregnancy.active.exists", woman.name, p.id);
                });
        Pregnancy p = new Pregnancy();
        p.personId = woman.id;
        p.orgUnitId = woman.orgUnitId;
        p.householdId = woman.householdId;
        p.responsibleWorkerId = caller.roles().contains(Role.Names.VILLAGE_WORKER) ? caller.userId() : null;
        p.createdAt = clock.now();
        apply(p, woman, r);
        p.persist();
        setRisks(p, woman, r.riskFactors(), p.registeredOn);
        audit.created(p, "REGISTER");
        planning.lockNew(p);
        planning.replan(p);
        return p;
    }

    /** Corrects the registration (LMP, EDD, registration date, birth order, risks, worker): open slots are re-planned. */
    public Pregnancy correct(long id, String ifMatch, Registration r, String reason) {
        Pregnancy p = requireActive(id, ifMatch);
        Map<String, Object> before = p.auditState();
        Person woman = women.of(p); // also a woman transferred in from another town
        apply(p, woman, r);
        if (r.riskFactors() != null) {
            setRisks(p, woman, r.riskFactors(), clock.today());
        }
        audit.changed(p, "CORRECT", before, reason);
        planning.replan(p);
        return p;
    }

    /** A delivery: the live-born babies join the register, in her household, linked to both parents. */
    public Pregnancy deliver(long id, String ifMatch, Delivery d) {
        Pregnancy p = requireActive(id, ifMatch);
        PregnancyRules.outcomeDate(p, d.date(), clock.today());
        if (d.babies() == null || d.babies().isEmpty()) {
            throw ProblemException.invalidField("babies", "pregnancy.babies.required");
        }
        PregnancyRules.delivery(p, d.date(), d.babies().stream().anyMatch(PregnancyCommands.Baby::alive), d.reason());
        Person mother = women.of(p);
        Person named = d.fatherId() == null ? null : namedFather(d.fatherId()); // in the caller's scope, as any person named
        Map<String, Object> before = p.auditState();
        close(p, PregnancyStatus.DELIVERED, OutcomeType.BIRTH, d.date(), d.reason());
        p.outcomePlace = d.place();
        women.atHerHome(p, () -> { // the children join her register and household, in her home village
            Person father = named != null ? named : women.husbandOf(mother);
            int seq = 0;
            for (PregnancyCommands.Baby b : d.babies()) {
                Baby baby = new Baby();
                baby.pregnancyId = p.id;
                baby.seq = ++seq;
                baby.sex = b.sex();
                baby.weightGrams = b.weightGrams();
                baby.alive = b.alive();
                if (b.alive()) {
                    if (b.name() == null || b.name().isBlank()) {
                        throw ProblemException.invalidField("babies[" + (seq - 1) + "].name", "pregnancy.baby.name");
                    }
                    baby.personId = registerChild(b, d.date(), mother, father).id;
                }
                baby.persist();
            }
            return null;
        });
        audit.changed(p, "DELIVER", before, null); // the reason is a health finding: the log shows it was given (outcomeReason)
        planning.replan(p);
        return p;
    }

    /** A miscarriage, a medically indicated termination or another end, with a reason. */
    public Pregnancy end(long id, String ifMatch, End e) {
        if (e.type() == null || e.type() == OutcomeType.BIRTH || e.type() == OutcomeType.TRANSFER) {
            throw ProblemException.invalidField("type", "pregnancy.end.type");
        }
        Pregnancy p = requireActive(id, ifMatch);
        PregnancyRules.outcomeDate(p, e.date(), clock.today());
        Map<String, Object> before = p.auditState();
        close(p, PregnancyStatus.ENDED, e.type(), e.date(), e.reason());
        audit.changed(p, "END", before, null); // the reason is a health finding: the log shows it was given (outcomeReason)
        planning.replan(p);
        return p;
    }

    /**
     * The woman moves: this record ends TRANSFERRED_OUT (its history stays with the sending village) and an ACTIVE one
     * continues in the receiving village, which then owns it: its follow-up starts on the transfer date.
     */
    public Pregnancy transfer(long id, String ifMatch, Transfer t) {
        Pregnancy p = requireActive(id, ifMatch);
        PregnancyRules.outcomeDate(p, t.date(), clock.today());
        return pastScope.run(PastScope.Reason.TRANSFER, () -> { // the receiving village may lie outside the caller's area
            Number target = (Number) em.createNativeQuery("select count(*) from org_unit where id = ?1 and level = 'VILLAGE'")
                    .setParameter(1, t.toOrgUnitId()).getSingleResult();
            if (t.toOrgUnitId() == null || target.intValue() == 0 || t.toOrgUnitId().equals(p.orgUnitId)) {
                throw ProblemException.invalidField("toOrgUnitId", "pregnancy.transfer.target");
            }
            Map<String, Object> before = p.auditState();
            close(p, PregnancyStatus.TRANSFERRED_OUT, OutcomeType.TRANSFER, t.date(), t.reason());
            p.transferredToId = t.toOrgUnitId();
            audit.changed(p, "TRANSFER_OUT", before, null); // as an end's: the reason may tell why (a referral), so it is masked
            planning.replan(p);
            em.flush(); // her one ACTIVE pregnancy is now the continuation
            Pregnancy next = new Pregnancy();
            next.personId = p.personId;
            next.orgUnitId = t.toOrgUnitId();
            next.lmp = p.lmp;
            next.edd = p.edd;
            next.eddReason = p.eddReason;
            next.ageReason = p.ageReason;
            next.registeredOn = t.date();
            next.birthOrder = p.birthOrder;
            next.birthOrderReason = p.birthOrderReason;
            next.riskLevel = p.riskLevel;
            next.transferredFromId = p.id;
            next.createdAt = clock.now();
            next.persist();
            em.flush();
            em.createNativeQuery("insert into pregnancy_risk (pregnancy_id, factor_code, noted_on)"
                    + " select ?1, factor_code, noted_on from pregnancy_risk where pregnancy_id = ?2")
                    .setParameter(1, next.id).setParameter(2, p.id).executeUpdate();
            audit.created(next, "TRANSFER_IN");
            planning.lockNew(next);
            planning.replan(next);
            return p;
        });
    }

    /** The woman's risk factors: those given, plus her age at the expected delivery (derived); the level is their highest. */
    void setRisks(Pregnancy p, Person woman, List<String> codes, LocalDate notedOn) {
        Set<String> wanted = new LinkedHashSet<>(codes == null ? List.of() : codes);
        int age = woman.ageOn(p.edd);
        if (age >= 35) {
            wanted.add("AGE_35_PLUS");
        } else if (age < 18) {
            wanted.add("AGE_UNDER_18");
        }
        if (wanted.isEmpty()) {
            PregnancyRisk.delete("pregnancyId", p.id);
        } else {
            PregnancyRisk.delete("pregnancyId = ?1 and factorCode not in ?2", p.id, List.copyOf(wanted));
        }
        addRisks(p, wanted, notedOn);
    }

    /** Adds risk factors (noted on a day) and raises the level to the highest. */
    void addRisks(Pregnancy p, Set<String> codes, LocalDate notedOn) {
        List<RiskFactor> factors = codes.isEmpty() ? List.of() : RiskFactor.list("code in ?1", codes);
        if (factors.size() != codes.size()) {
            Set<String> unknown = new LinkedHashSet<>(codes);
            factors.forEach(f -> unknown.remove(f.code));
            throw ProblemException.invalidField("riskFactors", "pregnancy.risk.unknown", String.join(", ", unknown));
        }
        Set<String> noted = PregnancyRisk.<PregnancyRisk>list("pregnancyId", p.id).stream().map(r -> r.factorCode)
                .collect(java.util.stream.Collectors.toSet());
        for (RiskFactor f : factors) {
            if (!noted.contains(f.code)) {
                PregnancyRisk r = new PregnancyRisk();
                r.pregnancyId = p.id;
                r.factorCode = f.code;
                r.notedOn = notedOn;
                r.persist();
            }
        }
        em.flush();
        List<String> levels = em.createQuery("select f.level from PregnancyRisk r join RiskFactor f on f.code = r.factorCode"
                + " where r.pregnancyId = ?1", RiskLevel.class).setParameter(1, p.id).getResultList().stream().map(Enum::name).toList();
        p.riskLevel = levels.contains("HIGH") ? RiskLevel.HIGH : levels.contains("MEDIUM") ? RiskLevel.MEDIUM : RiskLevel.LOW;
    }

    private void apply(Pregnancy p, Person woman, Registration r) {
        LocalDate today = clock.today();
        if (r.lmp() == null) {
            throw ProblemException.invalidField("lmp", "field.required");
        }
        DateBounds.notFuture("lmp", r.lmp(), today);
        DateBounds.notBefore("lmp", r.lmp(), today.minusDays(PregnancyRules.LONGEST_DAYS), "pregnancy.lmp.too-early",
                PregnancyRules.LONGEST_DAYS); // a pregnancy that long is over
        PregnancyRules.age(woman, r.lmp(), r.ageReason());
        PregnancyRules.edd(r.lmp(), r.edd(), r.eddReason());
        LocalDate byRule = Pregnancy.eddFrom(r.lmp());
        LocalDate registeredOn = r.registeredOn() == null ? (p.registeredOn == null ? today : p.registeredOn) : r.registeredOn();
        DateBounds.notFuture("registeredOn", registeredOn, today);
        DateBounds.notBefore("registeredOn", registeredOn, r.lmp(), "pregnancy.before-lmp");
        long children = persons.registeredChildrenOf(woman.id);
        int derived = (int) children + 1;
        if (r.birthOrder() != null && r.birthOrder() != derived && (r.birthOrderReason() == null || r.birthOrderReason().isBlank())) {
            throw ProblemException.invalidField("birthOrderReason", "pregnancy.birth-order.reason", children);
        }
        if (r.responsibleWorkerId() != null) {
            if (AppUser.findById(r.responsibleWorkerId()) == null) {
                throw ProblemException.invalidField("responsibleWorkerId", "pregnancy.worker.unknown", r.responsibleWorkerId());
            }
            p.responsibleWorkerId = r.responsibleWorkerId();
        }
        p.lmp = r.lmp();
        p.ageReason = PregnancyRules.ageNeedsReason(woman, r.lmp()) ? r.ageReason().trim() : null;
        p.edd = r.edd() == null ? byRule : r.edd();
        p.eddReason = p.edd.equals(byRule) ? null : r.eddReason();
        p.registeredOn = registeredOn;
        p.birthOrder = r.birthOrder() == null ? derived : r.birthOrder();
        p.birthOrderReason = p.birthOrder == derived ? null : r.birthOrderReason();
    }

    /** The pregnancy, locked (its plan is about to change), at the version the caller read and ACTIVE. */
    private Pregnancy requireActive(long id, String ifMatch) {
        Pregnancy p = planning.lock(id).orElseThrow(() -> ProblemException.notFound("pregnancy.not-found", id));
        Versions.requireMatch(ifMatch, p.version);
        if (p.status != PregnancyStatus.ACTIVE) {
            throw ProblemException.conflict("pregnancy.not-active", id, p.status);
        }
        return p;
    }

    private static void close(Pregnancy p, PregnancyStatus status, OutcomeType type, LocalDate date, String reason) {
        p.status = status;
        p.outcomeType = type;
        p.outcomeDate = date;
        p.outcomeReason = reason;
    }

    /** The father named for a delivery (without one, her husband in the household is: {@link PregnantWomen#husbandOf}). */
    private static Person namedFather(long fatherId) {
        Person f = Person.<Person>findByIdOptional(fatherId)
                .orElseThrow(() -> ProblemException.invalidField("fatherId", "person.not-in-area", fatherId));
        if (f.sex != Sex.MALE) {
            throw ProblemException.invalidField("fatherId", "person.parent.male");
        }
        return f;
    }

    private Person registerChild(PregnancyCommands.Baby b, LocalDate born, Person mother, Person father) {
        Person child = new Person();
        child.name = b.name().trim();
        child.sex = b.sex();
        child.birthDate = born;
        child.orgUnitId = mother.orgUnitId;
        child.motherId = mother.id;
        child.fatherId = father == null ? null : father.id;
        child.ethnicityCode = mother.ethnicityCode;
        child.residenceStatus = ResidenceStatus.REGISTERED;
        child.createdAt = clock.now();
        child.persist();
        Household h = women.householdOf(mother); // her home village's, for a woman transferred in
        if (h != null) {
            h.admit(child, Relation.CHILD, born, MembershipEvent.ADD);
        }
        audit.created(child, "BIRTH");
        return child;
    }
}
