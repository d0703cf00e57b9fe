package fpms.birth.rest;

import fpms.birth.BirthRegistration;
import fpms.birth.BirthRegistrationAction;
import fpms.birth.BirthRegistrationKind;
import fpms.birth.BirthRegistrationStatus;
import fpms.birth.BirthRegistrationStep;
import fpms.birth.Channel;
import fpms.birth.Deadline;
import fpms.birth.service.BirthRegistrationService;
import fpms.birth.service.Parents;
import fpms.birth.service.Places;
import fpms.household.Masking;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of /api/birth-registrations. */
final class BirthRegistrationDtos {

    static final String CHILD_ORDER_MESSAGE = "{birth.child-order.range}";

    private BirthRegistrationDtos() {
    }

    @Schema(name = "BirthRegistrationParent", description = "The father or the mother as the certificate names them; the ID number masked",
            requiredProperties = {"id", "name", "idNumber", "birthDate", "orgUnitId"})
    record Parent(
            @Schema(example = "1203") long id,
            @Schema(example = "马秀英") String name,
            @Schema(description = "Masked; the full number only through POST /api/persons/{id}/identity (audited)",
                    example = "640502********1226") String idNumber,
            @Schema(example = "1990-03-07") LocalDate birthDate,
            @Schema(description = "民族", example = "回族") String ethnicity,
            @Schema(description = "The person's village", example = "5") long orgUnitId) {

        static Parent of(Parents.Parent p) {
            return new Parent(p.id(), p.name(), Masking.idNumber(p.idNumber()), p.birthDate(), p.ethnicity(), p.orgUnitId());
        }
    }

    @Schema(name = "BirthRegistrationView", description = "An application as lists show it: parents' ID numbers masked",
            requiredProperties = {"id", "kind", "status", "channel", "childOrder", "orgUnitId", "motherId", "motherName", "motherIdNumber",
                "fatherId", "fatherName", "fatherIdNumber", "marriageDate", "submittedOn", "dueOn", "version"})
    record BirthRegistrationView(
            @Schema(example = "1005") long id,
            @Schema(example = "REGISTRATION") BirthRegistrationKind kind,
            @Schema(example = "SUBMITTED") BirthRegistrationStatus status,
            @Schema(example = "OFFICE") Channel channel,
            @Schema(description = "1 for the first child, 2 for the second, …", example = "2") int childOrder,
            @Schema(description = "The mother's village", example = "5") long orgUnitId,
            @Schema(example = "1203") long motherId,
            @Schema(example = "马秀英") String motherName,
            @Schema(description = "Masked", example = "640502********1226") String motherIdNumber,
            @Schema(example = "1202") long fatherId,
            @Schema(example = "马建国") String fatherName,
            @Schema(description = "Masked", example = "640502********1213") String fatherIdNumber,
            @Schema(example = "2012-10-01") LocalDate marriageDate,
            @Schema(description = "The latest submission", example = "2018-02-12") LocalDate submittedOn,
            @Schema(description = "The review deadline: 5 working days after the submission", example = "2018-02-24") LocalDate dueOn,
            @Schema(description = "Open applications only") Deadline deadline,
            @Schema(description = "true when the due date was counted across a year whose holiday arrangement (official calendar) is not"
                    + " entered yet: Monday to Friday there, holidays unknown; it moves when the arrangement is entered. Absent otherwise",
                    example = "true") Boolean dueOnWeekdaysOnly,
            @Schema(description = "Once registered or approved", example = "2018-640502101-0007") String number,
            @Schema(description = "The day of the town's decision (or return)", example = "2018-02-22") LocalDate decidedOn,
            @Schema(example = "1") long version) {

        static BirthRegistrationView of(BirthRegistration r, Parents.Parent father, Parents.Parent mother, Deadline deadline,
                boolean weekdaysOnly) {
            return new BirthRegistrationView(r.id, r.kind, r.status, r.channel, r.childOrder, r.orgUnitId, r.motherId, mother.name(),
                    Masking.idNumber(mother.idNumber()), r.fatherId, father.name(), Masking.idNumber(father.idNumber()), r.marriageDate,
                    r.submittedOn, r.dueOn, deadline, weekdaysOnly ? true : null, r.number, r.decidedOn, r.version);
        }
    }

    @Schema(name = "BirthRegistrationStep", description = "One step of the timeline",
            requiredProperties = {"action", "toStatus", "actor", "occurredAt"})
    record Step(
            @Schema(example = "RETURN") BirthRegistrationAction action,
            @Schema(example = "SUBMITTED") BirthRegistrationStatus fromStatus,
            @Schema(example = "RETURNED") BirthRegistrationStatus toStatus,
            @Schema(description = "The reason, opinion or remark given", example = "结婚证复印件不清晰，请重新提交") String remark,
            @Schema(description = "Username of who took the step", example = "town") String actor,
            Instant occurredAt) {

        static Step of(BirthRegistrationStep s) {
            return new Step(s.action, s.fromStatus, s.toStatus, s.remark, s.actor, s.occurredAt);
        }
    }

    @Schema(name = "BirthRegistrationDetail",
            description = "Everything about an application, and all its certificate (生育服务登记证 / 再生育审批决定书) shows",
            requiredProperties = {"id", "kind", "status", "channel", "childOrder", "marriageDate", "submittedOn", "dueOn", "orgUnitId",
                "villageName", "townId", "townName", "father", "mother", "childrenInRegister", "steps", "actions", "version"})
    record BirthRegistrationDetail(
            @Schema(example = "1005") long id,
            @Schema(example = "REGISTRATION") BirthRegistrationKind kind,
            @Schema(example = "REGISTERED") BirthRegistrationStatus status,
            @Schema(example = "OFFICE") Channel channel,
            @Schema(example = "2") int childOrder,
            @Schema(description = "Why the child order is not her registered children + 1, as the applicant gave it",
                    example = "长子随前夫户籍在外省")
            String childOrderReason,
            @Schema(example = "2012-10-01") LocalDate marriageDate,
            @Schema(example = "2018-02-12") LocalDate submittedOn,
            @Schema(example = "2018-02-24") LocalDate dueOn,
            @Schema(description = "Open applications only") Deadline deadline,
            @Schema(description = "true when the due date was counted across a year whose holiday arrangement (official calendar) is not"
                    + " entered yet: Monday to Friday there, holidays unknown; it moves when the arrangement is entered. Absent otherwise",
                    example = "true") Boolean dueOnWeekdaysOnly,
            @Schema(description = "Approvals: the village's opinion", example = "情况属实，同意上报") String villageOpinion,
            @Schema(example = "2018-02-13") LocalDate villageReviewedOn,
            @Schema(example = "2018-640502101-0007") String number,
            @Schema(example = "2018-02-22") LocalDate decidedOn,
            @Schema(description = "The reason of a return or rejection, or the remark of a registration or approval", example = "材料齐全")
            String decisionReason,
            @Schema(description = "The pregnancy the birth follows, where linked", example = "3001") Long pregnancyId,
            @Schema(description = "The mother's village", example = "5") long orgUnitId,
            @Schema(example = "黑林村") String villageName,
            @Schema(description = "The town that registers or decides", example = "4") long townId,
            @Schema(example = "文昌镇") String townName,
            Parent father,
            Parent mother,
            @Schema(description = "Children the register records for the mother today", example = "1") int childrenInRegister,
            @Schema(description = "Oldest first") List<Step> steps,
            @Schema(description = "The steps the caller may take now") List<BirthRegistrationAction> actions,
            @Schema(example = "2") long version) {

        static BirthRegistrationDetail of(BirthRegistration r, Deadline deadline, boolean weekdaysOnly, Places.Place place,
                Parents.Parent father, Parents.Parent mother, int children, List<Step> steps, List<BirthRegistrationAction> actions) {
            return new BirthRegistrationDetail(r.id, r.kind, r.status, r.channel, r.childOrder, r.childOrderReason, r.marriageDate,
                    r.submittedOn, r.dueOn, deadline, weekdaysOnly ? true : null, r.villageOpinion, r.villageReviewedOn, r.number,
                    r.decidedOn, r.decisionReason, r.pregnancyId, r.orgUnitId,
                    place.villageName(), place.townId(), place.townName(), Parent.of(father), Parent.of(mother), children, steps, actions,
                    r.version);
        }
    }

    @Schema(name = "ChildOrderHint", description = "The order of a mother's next child as far as the register can tell",
            requiredProperties = {"motherId", "childrenInRegister", "childOrder", "kind"})
    record ChildOrderHint(
            @Schema(example = "1203") long motherId,
            @Schema(description = "Children the register records with her as their mother", example = "2") int childrenInRegister,
            @Schema(description = "childrenInRegister + 1: correct it where the register is incomplete", example = "3") int childOrder,
            @Schema(description = "What that order needs", example = "APPROVAL") BirthRegistrationKind kind) {

        static ChildOrderHint of(BirthRegistrationService.ChildOrderHint h) {
            return new ChildOrderHint(h.motherId(), h.childrenInRegister(), h.childOrder(), h.kind());
        }
    }

    @Schema(name = "BirthRegistrationWrite",
            description = "An application: the couple, their marriage date and the child's order; the kind follows from the order",
            example = "{\"fatherId\": 1202, \"motherId\": 1203, \"marriageDate\": \"2012-10-01\", \"childOrder\": 2,"
                    + " \"channel\": \"OFFICE\"}")
    record BirthRegistrationWrite(
            @NotNull @Schema(description = "A man of the register in your area", example = "1202") Long fatherId,
            @NotNull @Schema(description = "A woman of the register in your area; the application belongs to her village", example = "1203")
            Long motherId,
            @NotNull @Schema(description = "Not in the future, after both births", example = "2012-10-01") LocalDate marriageDate,
            @NotNull @Min(value = 1, message = CHILD_ORDER_MESSAGE) @Max(value = 20, message = CHILD_ORDER_MESSAGE)
            @Schema(description = "1 or 2: a registration; 3 or more: an approval", example = "2") Integer childOrder,
            @Size(max = 500)
            @Schema(description = "Why the child order is not her registered children + 1: required then, shown to the reviewer",
                    example = "长子随前夫户籍在外省") String childOrderReason,
            @Schema(description = "OFFICE (default for staff) or ONLINE; outside systems always ONLINE", example = "OFFICE")
            Channel channel,
            @Schema(description = "The pregnancy the birth follows, where known", example = "3001") Long pregnancyId) {
    }

    @Schema(name = "BirthRegistrationResubmission", description = "A returned registration sent again, corrected where needed",
            example = "{\"marriageDate\": \"2012-10-08\", \"note\": \"已补交清晰的结婚证复印件\"}")
    record Resubmission(
            @Schema(description = "The corrected marriage date (else unchanged)", example = "2012-10-08") LocalDate marriageDate,
            @Min(value = 1, message = CHILD_ORDER_MESSAGE) @Max(value = 20, message = CHILD_ORDER_MESSAGE)
            @Schema(description = "The corrected child order, 1 or 2 (else unchanged)", example = "2") Integer childOrder,
            @Size(max = 500) @Schema(description = "Why the child order is not her registered children + 1 (else the one given before)",
                    example = "长子随前夫户籍在外省") String childOrderReason,
            @Size(max = 500) @Schema(example = "已补交清晰的结婚证复印件") String note) {
    }

    @Schema(name = "BirthRegistrationRemark", description = "An optional remark with a registration or approval",
            example = "{\"remark\": \"材料齐全，予以登记\"}")
    record Remark(@Size(max = 500) @Schema(example = "材料齐全，予以登记") String remark) {
    }

    @Schema(name = "BirthRegistrationReason", description = "Why the application is returned or rejected",
            example = "{\"reason\": \"结婚证复印件不清晰，请重新提交\"}")
    record Reason(@NotBlank @Size(max = 500) @Schema(example = "结婚证复印件不清晰，请重新提交") String reason) {
    }

    @Schema(name = "VillageReview", description = "The village's opinion on an approval", example = "{\"opinion\": \"情况属实，同意上报\"}")
    record VillageReview(@NotBlank @Size(max = 500) @Schema(example = "情况属实，同意上报") String opinion) {
    }
}
