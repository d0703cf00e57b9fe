package fpms.pregnancy.rest;

import fpms.pregnancy.FollowUpRuleVersion;
import fpms.pregnancy.PlannedSlot;
import fpms.pregnancy.Visit;
import fpms.pregnancy.VisitFindings;
import fpms.pregnancy.schedule.FollowUpKind;
import fpms.pregnancy.schedule.Placement;
import fpms.pregnancy.schedule.Schedule;
import fpms.pregnancy.schedule.Slot;
import fpms.pregnancy.schedule.SlotStatus;
import fpms.pregnancy.service.Compliance;
import fpms.pregnancy.service.Worklist;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the schedule, visits, worklist, compliance and follow-up rules. */
final class FollowUpDtos {

    private FollowUpDtos() {
    }

    @Schema(name = "SlotView", description = "One follow-up slot: its window (period), due date, and status on the as-of day",
            requiredProperties = {"kind", "seq", "start", "end", "dueDate", "overdueFrom", "status", "daysOverdue"})
    record SlotView(
            @Schema(example = "HOME_VISIT") FollowUpKind kind,
            @Schema(description = "0-based number of the slot of its kind", example = "2") int seq,
            @Schema(example = "2018-08-20") LocalDate start,
            @Schema(example = "2018-09-19") LocalDate end,
            @Schema(example = "2018-09-08") LocalDate dueDate,
            @Schema(description = "First OVERDUE day (end + 1: never overdue)", example = "2018-09-14") LocalDate overdueFrom,
            @Schema(example = "OVERDUE") SlotStatus status,
            @Schema(example = "3") int daysOverdue,
            @Schema(example = "2051") Long filledByVisitId,
            @Schema(example = "2018-09-02") LocalDate filledOn,
            @Schema(example = "2019-02-12") LocalDate cancelledOn) {

        static SlotView of(Slot s, LocalDate asOf) {
            return new SlotView(s.kind(), s.seq(), s.start(), s.end(), s.dueDate(), s.overdueFrom(), s.statusOn(asOf), s.daysOverdue(asOf),
                    s.filledByVisitId(), s.filledOn(), s.cancelledOn());
        }
    }

    @Schema(name = "VisitPlacementView", requiredProperties = {"visitId", "placement"})
    record PlacementView(@Schema(example = "2051") long visitId, @Schema(example = "FILLS") Placement placement,
            @Schema(example = "2") Integer slotSeq) {
    }

    @Schema(name = "PregnancySchedule", requiredProperties = {"pregnancyId", "asOf", "slots", "visits"})
    record ScheduleView(@Schema(example = "1001") long pregnancyId, @Schema(example = "2018-09-17") LocalDate asOf, List<SlotView> slots,
            List<PlacementView> visits) {

        static ScheduleView of(long pregnancyId, Schedule s, LocalDate asOf) {
            return new ScheduleView(pregnancyId, asOf, s.slots().stream().map(x -> SlotView.of(x, asOf)).toList(),
                    s.visits().stream().map(v -> new PlacementView(v.visitId(), v.placement(), v.slotSeq())).toList());
        }
    }

    @Schema(name = "VisitWrite", requiredProperties = {"pregnancyId", "kind", "date", "findings"})
    record VisitWrite(
            @Schema(example = "1001") @NotNull Long pregnancyId,
            @Schema(example = "HOME_VISIT") @NotNull FollowUpKind kind,
            @Schema(description = "Not in the future, not before the registration", example = "2018-09-02") @NotNull LocalDate date,
            @Schema(example = "家中") @Size(max = 100) String place,
            @NotNull @Valid VisitFindings findings,
            @Schema(description = "From the visit's day to 12 months after it", example = "2018-10-02") LocalDate nextAppointment) {
    }

    @Schema(name = "VisitView", requiredProperties = {"id", "pregnancyId", "kind", "date", "performedBy", "findings", "voided", "version"})
    record VisitView(
            @Schema(example = "2051") long id,
            @Schema(example = "1001") long pregnancyId,
            @Schema(example = "HOME_VISIT") FollowUpKind kind,
            @Schema(example = "2018-09-02") LocalDate date,
            @Schema(example = "village") String performedBy,
            @Schema(example = "家中") String place,
            VisitFindings findings,
            @Schema(example = "2018-10-02") LocalDate nextAppointment,
            @Schema(description = "FILLS a slot, EXTRA (its slot was already done) or OUTSIDE every slot (flagged)", example = "FILLS") Placement placement,
            @Schema(example = "false") boolean voided,
            @Schema(example = "录入错误") String voidReason,
            @Schema(example = "0") long version) {

        static VisitView of(Visit v) {
            return new VisitView(v.id, v.pregnancyId, v.kind, v.visitDate, v.performedBy, v.place, v.findings, v.nextAppointment, v.placement,
                    v.voided(), v.voidReason, v.version);
        }
    }

    @Schema(name = "VoidRequest", requiredProperties = {"reason"})
    record VoidRequest(@Schema(example = "录入错误，已重新登记") @NotBlank @Size(max = 500) String reason) {
    }

    @Schema(name = "WorklistRow", description = "An open follow-up: who, where, what, by when; identifiers masked",
            requiredProperties = {"pregnancyId", "kind", "seq", "start", "end", "dueDate", "status", "daysOverdue", "highRisk", "orgUnitId"})
    record WorklistRow(
            @Schema(example = "1001") long pregnancyId,
            @Schema(example = "1203") Long personId,
            @Schema(example = "马秀英") String womanName,
            @Schema(description = "Masked", example = "640502********1226") String womanIdNumber,
            @Schema(description = "Masked", example = "139****1234") String womanPhone,
            @Schema(example = "5") long orgUnitId,
            @Schema(example = "黑林村") String village,
            @Schema(example = "PREGNANCY_CHECK") FollowUpKind kind,
            @Schema(example = "1") int seq,
            @Schema(example = "2018-08-20") LocalDate start,
            @Schema(example = "2018-10-19") LocalDate end,
            @Schema(example = "2018-09-28") LocalDate dueDate,
            @Schema(example = "OVERDUE") SlotStatus status,
            @Schema(example = "12") int daysOverdue,
            @Schema(example = "true") boolean highRisk,
            @Schema(example = "7") Long responsibleWorkerId,
            @Schema(example = "黑林村计生专干") String responsibleWorker) {

        static WorklistRow of(Worklist.Row r) {
            PlannedSlot s = r.slot();
            return new WorklistRow(s.pregnancyId, r.woman() == null ? null : r.woman().id, r.woman() == null ? null : r.woman().name,
                    r.woman() == null ? null : r.woman().maskedIdNumber(), r.woman() == null ? null : r.woman().maskedPhone(), s.orgUnitId,
                    r.village(), s.kind, s.seq, s.startDate, s.endDate, s.dueDate, r.status(), r.daysOverdue(), s.highRisk,
                    s.responsibleWorkerId, r.worker());
        }
    }

    @Schema(name = "ComplianceCount", requiredProperties = {"kind", "closed", "done", "missed"})
    record CountView(@Schema(example = "HOME_VISIT") FollowUpKind kind, @Schema(description = "Slots whose window closed", example = "40") long closed,
            @Schema(example = "36") long done, @Schema(example = "4") long missed,
            @Schema(description = "done ÷ closed; absent when none closed", example = "0.9") Double rate) {

        static List<CountView> of(Map<FollowUpKind, Compliance.Count> counts) {
            return counts.entrySet().stream().map(e -> new CountView(e.getKey(), e.getValue().closed(), e.getValue().done(), e.getValue().missed(),
                    e.getValue().rate())).toList();
        }
    }

    @Schema(name = "ComplianceUnit", requiredProperties = {"orgUnitId", "name", "level", "counts"})
    record UnitView(@Schema(example = "4") long orgUnitId, @Schema(example = "文昌镇") String name, @Schema(example = "TOWN") String level,
            List<CountView> counts) {
    }

    @Schema(name = "ComplianceMonth", requiredProperties = {"month", "counts"})
    record MonthView(@Schema(example = "2018-07") String month, List<CountView> counts) {
    }

    @Schema(name = "ComplianceReport", description = "Slots closed in the period, done and missed, per child unit and kind, and the unit's 12-month trend",
            requiredProperties = {"unit", "period", "total", "children", "trend"})
    record ComplianceView(UnitView unit, @Schema(example = "2018-07") String period, List<CountView> total, List<UnitView> children,
            List<MonthView> trend) {

        static ComplianceView of(Compliance.Report r) {
            return new ComplianceView(new UnitView(r.unit().id, r.unit().name, r.unit().level.name(), CountView.of(r.total())),
                    r.period().toString(), CountView.of(r.total()),
                    r.children().stream().map(c -> new UnitView(c.unit().id, c.unit().name, c.unit().level.name(), CountView.of(c.byKind()))).toList(),
                    r.trend().stream().map(m -> new MonthView(m.month().toString(), CountView.of(m.byKind()))).toList());
        }
    }

    @Schema(name = "FollowUpRule", requiredProperties = {"id", "kind", "intervalMonths", "windowDays", "graceDays", "effectiveFrom", "createdBy"})
    record RuleView(@Schema(example = "1") long id, @Schema(example = "HOME_VISIT") FollowUpKind kind,
            @Schema(example = "1") int intervalMonths, @Schema(description = "Days from the start of a period until it is due", example = "20") int windowDays,
            @Schema(description = "Days after the due date before it is OVERDUE", example = "5") int graceDays,
            @Schema(example = "2018-01-01") LocalDate effectiveFrom, @Schema(example = "2018 年工作计划") String reason,
            @Schema(example = "admin") String createdBy) {

        static RuleView of(FollowUpRuleVersion v) {
            return new RuleView(v.id, v.kind, v.intervalMonths, v.windowDays, v.graceDays, v.effectiveFrom, v.reason, v.createdBy);
        }
    }

    @Schema(name = "FollowUpRuleWrite", description = "A new version of a kind's rule, effective from today or later",
            requiredProperties = {"kind", "intervalMonths", "windowDays", "graceDays", "effectiveFrom", "reason"})
    record RuleWrite(@Schema(example = "HOME_VISIT") @NotNull FollowUpKind kind,
            @Schema(example = "1") @NotNull @Min(1) @Max(12) Integer intervalMonths,
            @Schema(example = "20") @NotNull @Min(1) @Max(366) Integer windowDays,
            @Schema(example = "5") @NotNull @Min(0) @Max(366) Integer graceDays,
            @Schema(example = "2018-07-01") @NotNull LocalDate effectiveFrom,
            @Schema(example = "县卫健局 2018 年 7 月通知") @NotBlank @Size(max = 500) String reason) {
    }
}
