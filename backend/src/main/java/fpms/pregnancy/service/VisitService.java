package fpms.pregnancy.service;

import fpms.audit.AuditTrail;
import fpms.common.error.ProblemException;
import fpms.common.scope.Caller;
import fpms.common.time.AppClock;
import fpms.common.time.DateBounds;
import fpms.common.version.Versions;
import fpms.pregnancy.Pregnancy;
import fpms.pregnancy.PregnancyStatus;
import fpms.pregnancy.RiskLevel;
import fpms.pregnancy.Visit;
import fpms.pregnancy.VisitFindings;
import fpms.pregnancy.schedule.FollowUpKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;

/** Records visits of active pregnancies (each fills the open slot whose window holds it) and voids wrong ones. */
@ApplicationScoped
@Transactional
public class VisitService {

    /** The next appointment is within the longest follow-up interval a rule may set (12 months) after the visit. */
    static final int NEXT_APPOINTMENT_MONTHS = 12;

    public record Record(Long pregnancyId, FollowUpKind kind, LocalDate date, String place, VisitFindings findings,
            LocalDate nextAppointment) {
    }

    @Inject
    AppClock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    PregnancyService pregnancies;

    @Inject
    FollowUpPlanning planning;

    @Transactional
    public Optional<Visit> find(long id) {
        return Visit.findByIdOptional(id);
    }

    public Visit require(long id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("visit.not-found", id));
    }

    /** A visit with its findings, a health record: every such read is audited. */
    public Visit read(long id) {
        Visit v = require(id);
        audit.read(v, "READ_FINDINGS");
        return v;
    }

    public Visit record(Record r) {
        Pregnancy p = planning.lock(r.pregnancyId())
                .orElseThrow(() -> ProblemException.invalidField("pregnancyId", "pregnancy.not-in-area", r.pregnancyId()));
        if (p.status != PregnancyStatus.ACTIVE) {
            throw ProblemException.conflict("pregnancy.not-active", p.id, p.status);
        }
        DateBounds.notFuture("date", r.date(), clock.today());
        DateBounds.notBefore("date", r.date(), p.registeredOn, "visit.before-registration", p.registeredOn);
        LocalDate lastAppointment = r.date().plusMonths(NEXT_APPOINTMENT_MONTHS);
        DateBounds.notBefore("nextAppointment", r.nextAppointment(), r.date(), "date.range", r.date(), lastAppointment);
        DateBounds.notAfter("nextAppointment", r.nextAppointment(), lastAppointment, "date.range", r.date(), lastAppointment);
        VisitFindings f = r.findings() == null ? new VisitFindings(null, null, null, null, null, null, null, null, null, null, null, null, null) : r.findings();
        requireFindings(r.kind(), f);
        Visit v = new Visit();
        v.pregnancyId = p.id;
        v.orgUnitId = p.orgUnitId;
        v.kind = r.kind();
        v.visitDate = r.date();
        v.performedBy = caller.username();
        v.place = r.place();
        v.findings = f;
        v.nextAppointment = r.nextAppointment();
        v.createdAt = clock.now();
        v.persist();
        if (f.riskFactors() != null && !f.riskFactors().isEmpty()) {
            Map<String, Object> before = p.auditState();
            RiskLevel levelBefore = p.riskLevel;
            pregnancies.addRisks(p, new LinkedHashSet<>(f.riskFactors()), r.date());
            if (levelBefore != p.riskLevel) {
                audit.changed(p, "RISK", before, null);
            }
        }
        audit.created(v, "RECORD");
        planning.replan(p);
        return v;
    }

    /** A wrong visit is voided with a reason (kept, audited) and the slot it filled opens again. */
    public Visit voidVisit(long id, String ifMatch, String reason) {
        Visit v = require(id);
        Pregnancy p = planning.lock(v.pregnancyId) // in the visit's scope
                .orElseThrow(() -> ProblemException.notFound("pregnancy.not-found", v.pregnancyId));
        Versions.requireMatch(ifMatch, v.version);
        if (v.voided()) {
            throw ProblemException.conflict("visit.voided", id);
        }
        Map<String, Object> before = v.auditState();
        v.voidedAt = clock.now();
        v.voidedBy = caller.username();
        v.voidReason = reason;
        v.placement = null;
        audit.changed(v, "VOID", before, reason);
        planning.replan(p);
        return v;
    }

    private static void requireFindings(FollowUpKind kind, VisitFindings f) {
        switch (kind) {
            case HOME_VISIT -> required("findings.condition", f.condition());
            case PREGNANCY_CHECK -> {
                required("findings.weightKg", f.weightKg());
                required("findings.systolic", f.systolic());
                required("findings.diastolic", f.diastolic());
            }
            case ULTRASOUND -> {
                required("findings.gestationalWeeks", f.gestationalWeeks());
                required("findings.fetuses", f.fetuses());
            }
        }
    }

    private static void required(String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            throw ProblemException.invalidField(field, "visit.finding.required");
        }
    }
}
