package fpms.pregnancy.rest;

import fpms.common.web.Texts;
import fpms.common.web.VisibleText;
import fpms.household.Person;
import fpms.household.Sex;
import fpms.pregnancy.Baby;
import fpms.pregnancy.OutcomeType;
import fpms.pregnancy.Pregnancy;
import fpms.pregnancy.PregnancyStatus;
import fpms.pregnancy.RiskFactor;
import fpms.pregnancy.RiskLevel;
import fpms.pregnancy.service.PregnancyCommands;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of /api/pregnancies. */
final class PregnancyDtos {

    /** The most babies one delivery has brought into the world (nonuplets, 2021). */
    static final int MAX_BABIES = 9;

    private PregnancyDtos() {
    }

    @Schema(name = "PregnancyWrite", description = "A registration, or (with a reason) its correction; open follow-up slots are re-planned",
            requiredProperties = {"personId", "lmp"})
    record PregnancyWrite(
            @Schema(description = "The woman (a person of the register)", example = "1203") @NotNull Long personId,
            @Schema(description = "Last menstrual period; the woman is 12 to 55 years old then", example = "2018-05-10")
            @NotNull LocalDate lmp,
            @Schema(description = "Why she is pregnant at a rare age: required when she is under 14 or 50 and over at the LMP",
                    example = "本人及家属确认，已在区医院建档") @Size(max = 500) String ageReason,
            @Schema(description = "Expected delivery, 36 to 44 weeks after the LMP; LMP + 280 days when absent;"
                    + " another date needs eddReason",
                    example = "2019-02-14") LocalDate edd,
            @Schema(description = "Why the expected delivery is not LMP + 280 days", example = "B超核对孕周")
            @Size(max = 500) String eddReason,
            @Schema(description = "Registration day; today when absent", example = "2018-06-20") LocalDate registeredOn,
            @Schema(description = "Birth order; derived from her registered children when absent; another needs birthOrderReason",
                    example = "2") @Min(1) @Max(20) Integer birthOrder,
            @Schema(description = "Why the birth order differs from her registered children + 1", example = "长子户籍在外地")
            @Size(max = 500) String birthOrderReason,
            @Schema(description = "Risk factors (codes of /api/risk-factors); age ≥ 35 or < 18 is added by itself",
                    example = "[\"PREVIOUS_CAESAREAN\"]")
            @Size(max = RiskFactor.MAX_PER_RECORD) List<@NotBlank @Size(max = RiskFactor.CODE_LENGTH) String> riskFactors,
            @Schema(description = "The responsible village worker (a user id); the registering village worker when absent", example = "7")
            Long responsibleWorkerId,
            @Schema(description = "Correction only: why", example = "末次月经日期登记有误") @Size(max = 500) String reason) {

        PregnancyCommands.Registration command() {
            return new PregnancyCommands.Registration(personId, lmp, ageReason, edd, eddReason, registeredOn, birthOrder, birthOrderReason,
                    riskFactors, responsibleWorkerId);
        }
    }

    @Schema(name = "BabyWrite", requiredProperties = {"sex", "alive"})
    record BabyWrite(
            @Schema(example = "FEMALE") @NotNull Sex sex,
            @Schema(description = "Birth weight in grams", example = "3250") @Min(300) @Max(7000) Integer weightGrams,
            @Schema(example = "true") @NotNull Boolean alive,
            @Schema(description = "Name for the register (required when alive)", example = "马小花") @Size(max = 50) @VisibleText
            String name) {
    }

    @Schema(name = "DeliveryWrite", requiredProperties = {"date", "babies"},
            description = "The delivery: live-born babies join the register in her household, linked to both parents")
    record DeliveryWrite(
            @Schema(example = "2019-02-12") @NotNull LocalDate date,
            @Schema(example = "沙坡头区人民医院") @Size(max = 100) String place,
            @Schema(description = "The father; her husband in the household when absent", example = "1202") Long fatherId,
            @Schema(description = "1 to 9 babies") @NotEmpty @Size(max = MAX_BABIES) List<@Valid @NotNull BabyWrite> babies,
            @Schema(description = "Why a live birth before 22 weeks is recorded as a birth: required then",
                    example = "出生时有心跳，转新生儿科抢救")
            @Size(max = 500) String reason) {

        PregnancyCommands.Delivery command() {
            return new PregnancyCommands.Delivery(date, place, fatherId,
                    babies.stream().map(b -> new PregnancyCommands.Baby(b.sex(), b.weightGrams(), b.alive(), b.name())).toList(),
                    Texts.blankToNull(reason));
        }
    }

    @Schema(name = "PregnancyEnd", requiredProperties = {"date", "type", "reason"})
    record EndWrite(
            @Schema(example = "2018-08-02") @NotNull LocalDate date,
            @Schema(description = "MISCARRIAGE, MEDICAL_TERMINATION or OTHER", example = "MISCARRIAGE") @NotNull OutcomeType type,
            @Schema(example = "孕12周自然流产") @NotBlank @Size(max = 500) String reason) {
    }

    @Schema(name = "PregnancyTransfer", requiredProperties = {"date", "toOrgUnitId", "reason"})
    record TransferWrite(
            @Schema(example = "2018-09-01") @NotNull LocalDate date,
            @Schema(description = "The receiving village (anywhere)", example = "13") @NotNull Long toOrgUnitId,
            @Schema(example = "随丈夫迁居") @NotBlank @Size(max = 500) String reason) {
    }

    @Schema(name = "PregnancyView", description = "A pregnancy as lists show it; the woman's ID number and phone masked",
            requiredProperties = {"id", "personId", "orgUnitId", "lmp", "edd", "gestationWeeks", "gestationDays", "registeredOn",
                "birthOrder", "riskLevel", "status", "transferredIn", "version"})
    record PregnancyView(
            @Schema(example = "1001") long id,
            @Schema(example = "1203") long personId,
            @Schema(example = "马秀英") String womanName,
            @Schema(description = "Masked", example = "640502********1226") String womanIdNumber,
            @Schema(description = "Masked", example = "139****1234") String womanPhone,
            @Schema(description = "The village", example = "5") long orgUnitId,
            @Schema(example = "2018-05-10") LocalDate lmp,
            @Schema(example = "2019-02-14") LocalDate edd,
            @Schema(description = "Completed weeks of gestation today (or at the outcome)", example = "23") int gestationWeeks,
            @Schema(description = "and days", example = "4") int gestationDays,
            @Schema(example = "2018-06-20") LocalDate registeredOn,
            @Schema(example = "2") int birthOrder,
            @Schema(example = "HIGH") RiskLevel riskLevel,
            @Schema(example = "ACTIVE") PregnancyStatus status,
            @Schema(example = "2019-02-12") LocalDate outcomeDate,
            @Schema(example = "7") Long responsibleWorkerId,
            @Schema(description = "Continues a record transferred in from another village", example = "false") boolean transferredIn,
            @Schema(example = "0") long version) {

        static PregnancyView of(Pregnancy p, Person woman, LocalDate today) {
            int[] g = p.gestationOn(p.outcomeDate != null && p.outcomeDate.isBefore(today) ? p.outcomeDate : today);
            return new PregnancyView(p.id, p.personId, woman == null ? null : woman.name, woman == null ? null : woman.maskedIdNumber(),
                    woman == null ? null : woman.maskedPhone(), p.orgUnitId, p.lmp, p.edd, g[0], g[1], p.registeredOn, p.birthOrder,
                    p.riskLevel, p.status, p.outcomeDate, p.responsibleWorkerId, p.transferredFromId != null, p.version);
        }
    }

    @Schema(name = "PregnancyRisk", requiredProperties = {"code", "name", "level", "notedOn"})
    record RiskView(@Schema(example = "HYPERTENSION") String code, @Schema(example = "妊娠期高血压") String name,
            @Schema(example = "HIGH") RiskLevel level, @Schema(example = "2018-08-01") LocalDate notedOn) {
    }

    @Schema(name = "BabyView", requiredProperties = {"seq", "sex", "alive"})
    record BabyView(@Schema(example = "1") int seq, @Schema(example = "FEMALE") Sex sex, @Schema(example = "3250") Integer weightGrams,
            @Schema(example = "true") boolean alive, @Schema(description = "The child in the register", example = "3051") Long personId) {

        static BabyView of(Baby b) {
            return new BabyView(b.seq, b.sex, b.weightGrams, b.alive, b.personId);
        }
    }

    @Schema(name = "PregnancyDetail", description = "A pregnancy with its risks, outcome and babies; the version is in the ETag",
            requiredProperties = {"pregnancy", "risks", "babies"})
    record PregnancyDetail(
            PregnancyView pregnancy,
            @Schema(example = "1001") Long householdId,
            @Schema(description = "Why she is pregnant at a rare age (under 14 or 50 and over at the LMP)",
                    example = "本人及家属确认，已在区医院建档")
            String ageReason,
            @Schema(example = "B超核对孕周") String eddReason,
            @Schema(example = "长子户籍在外地") String birthOrderReason,
            List<RiskView> risks,
            @Schema(example = "BIRTH") OutcomeType outcomeType,
            @Schema(example = "沙坡头区人民医院") String outcomePlace,
            @Schema(description = "The reason of an end or a transfer, or why an early live birth is a birth", example = "孕12周自然流产")
            String outcomeReason,
            @Schema(description = "Transferred out to this village", example = "13") Long transferredToId,
            @Schema(description = "Continues this record of the sending village", example = "1000") Long transferredFromId,
            List<BabyView> babies) {
    }
}
