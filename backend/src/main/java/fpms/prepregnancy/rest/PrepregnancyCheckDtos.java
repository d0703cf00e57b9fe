package fpms.prepregnancy.rest;

import fpms.household.Masking;
import fpms.prepregnancy.BloodType;
import fpms.prepregnancy.LabResult;
import fpms.prepregnancy.PrepregnancyCheck;
import fpms.prepregnancy.PrepregnancyRiskFactor;
import fpms.prepregnancy.RiskLevel;
import fpms.prepregnancy.service.PrepregnancyCheckService;
import fpms.prepregnancy.service.PrepregnancyCheckService.Partner;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of /api/prepregnancy-checks. */
final class PrepregnancyCheckDtos {

    private PrepregnancyCheckDtos() {
    }

    @Schema(name = "CouplePartner", description = "The wife or the husband of a checked couple; the ID number masked",
            requiredProperties = {"personId", "name", "idNumber", "ageAtCheck"})
    record CouplePartner(
            @Schema(example = "1203") long personId,
            @Schema(example = "马秀英") String name,
            @Schema(description = "Masked", example = "640502********1226") String idNumber,
            @Schema(description = "Age on the day of the check", example = "28") int ageAtCheck) {

        static CouplePartner of(Partner p, LocalDate checkDate) {
            return new CouplePartner(p.id(), p.name(), Masking.idNumber(p.idNumber()), Period.between(p.birthDate(), checkDate).getYears());
        }
    }

    @Schema(name = "PrepregnancyCheckView", description = "A pre-pregnancy check as lists show it (no laboratory results)",
            requiredProperties = {"id", "orgUnitId", "checkDate", "wife", "husband", "riskLevel", "riskFactors", "institution",
                "recordedByName", "status", "version"})
    record CheckView(
            @Schema(example = "51") long id,
            @Schema(description = "The wife's village", example = "5") long orgUnitId,
            @Schema(example = "2018-05-14") LocalDate checkDate,
            CouplePartner wife,
            CouplePartner husband,
            @Schema(example = "HIGH") RiskLevel riskLevel,
            @Schema(description = "Codes of the risk-factor dictionary", example = "[\"ADVANCED_AGE\"]") List<String> riskFactors,
            @Schema(example = "沙坡头区妇幼保健计划生育服务中心") String institution,
            @Schema(description = "Who recorded it", example = "黑林村计生专干") String recordedByName,
            @Schema(example = "VALID") PrepregnancyCheck.Status status,
            @Schema(example = "0") long version) {

        static CheckView of(PrepregnancyCheck c, java.util.Map<Long, Partner> partners) {
            return new CheckView(c.id, c.orgUnitId, c.checkDate, CouplePartner.of(partners.get(c.wifeId), c.checkDate),
                    CouplePartner.of(partners.get(c.husbandId), c.checkDate), c.riskLevel, List.copyOf(c.riskFactors), c.institution,
                    c.recordedByName, c.status, c.version);
        }
    }

    @Schema(name = "WifeResults", description = "The wife's results: blood group, and NORMAL / ABNORMAL / NOT_DONE for each item",
            requiredProperties = {"bloodType", "hbsag", "syphilis", "hiv", "bloodGlucose", "tsh", "rubellaIgg"})
    record WifeResults(
            @NotNull @Schema(description = "血型", example = "O") BloodType bloodType,
            @NotNull @Schema(description = "乙肝表面抗原 (HBsAg)", example = "NORMAL") LabResult hbsag,
            @NotNull @Schema(description = "梅毒筛查", example = "NORMAL") LabResult syphilis,
            @NotNull @Schema(description = "HIV 筛查", example = "NORMAL") LabResult hiv,
            @NotNull @Schema(description = "血糖", example = "NORMAL") LabResult bloodGlucose,
            @NotNull @Schema(description = "促甲状腺激素 (TSH)", example = "NORMAL") LabResult tsh,
            @NotNull @Schema(description = "风疹病毒 IgG: NORMAL = immune, ABNORMAL = not immune (vaccinate first)", example = "ABNORMAL") LabResult rubellaIgg,
            @Size(max = 500) @Schema(description = "Anything else the doctor noted", example = "建议接种风疹疫苗后3个月再怀孕") String note) {

        PrepregnancyCheckService.PartnerResults results() {
            return new PrepregnancyCheckService.PartnerResults(bloodType, hbsag, syphilis, hiv, bloodGlucose, tsh, rubellaIgg, note);
        }
    }

    @Schema(name = "HusbandResults", description = "The husband's results: blood group, and NORMAL / ABNORMAL / NOT_DONE for each item",
            requiredProperties = {"bloodType", "hbsag", "syphilis", "hiv", "bloodGlucose"})
    record HusbandResults(
            @NotNull @Schema(description = "血型", example = "A") BloodType bloodType,
            @NotNull @Schema(description = "乙肝表面抗原 (HBsAg)", example = "NORMAL") LabResult hbsag,
            @NotNull @Schema(description = "梅毒筛查", example = "NORMAL") LabResult syphilis,
            @NotNull @Schema(description = "HIV 筛查", example = "NORMAL") LabResult hiv,
            @NotNull @Schema(description = "血糖", example = "NORMAL") LabResult bloodGlucose,
            @Size(max = 500) @Schema(description = "Anything else the doctor noted", example = "戒烟戒酒") String note) {

        PrepregnancyCheckService.PartnerResults results() {
            return new PrepregnancyCheckService.PartnerResults(bloodType, hbsag, syphilis, hiv, bloodGlucose, null, null, note);
        }
    }

    @Schema(name = "CheckResults", description = "The laboratory results of each partner", requiredProperties = {"wife", "husband"})
    record CheckResults(@NotNull @Valid WifeResults wife, @NotNull @Valid HusbandResults husband) {
    }

    @Schema(name = "PrepregnancyCheckDetail", description = "A pre-pregnancy check with its results (each read is audited); the version is in the ETag",
            requiredProperties = {"check", "results", "recordedBy", "recordedAt"})
    record CheckDetail(
            CheckView check,
            CheckResults results,
            @Schema(example = "孕前三个月起补服叶酸；接种风疹疫苗") String advice,
            @Schema(description = "The recorder's username", example = "village") String recordedBy,
            @Schema(example = "2018-05-14T18:30:00+08:00") Instant recordedAt,
            @Schema(example = "village") String voidedBy,
            @Schema(example = "2018-05-15T17:00:00+08:00") Instant voidedAt,
            @Schema(example = "录入了错误的丈夫") String voidReason) {

        static CheckDetail of(PrepregnancyCheck c, java.util.Map<Long, Partner> partners) {
            WifeResults wife = new WifeResults(c.wifeBloodType, c.wifeHbsag, c.wifeSyphilis, c.wifeHiv, c.wifeBloodGlucose, c.wifeTsh,
                    c.wifeRubellaIgg, c.wifeNote);
            HusbandResults husband = new HusbandResults(c.husbandBloodType, c.husbandHbsag, c.husbandSyphilis, c.husbandHiv,
                    c.husbandBloodGlucose, c.husbandNote);
            return new CheckDetail(CheckView.of(c, partners), new CheckResults(wife, husband), c.advice, c.recordedBy, c.recordedAt,
                    c.voidedBy, c.voidedAt, c.voidReason);
        }
    }

    @Schema(name = "PrepregnancyCheckWrite", description = "A new check of a couple of the register (a correction is a void and a new check)",
            example = "{\"wifeId\": 1203, \"husbandId\": 1202, \"checkDate\": \"2018-05-14\", \"institution\": \"沙坡头区妇幼保健计划生育服务中心\", "
                    + "\"results\": {\"wife\": {\"bloodType\": \"O\", \"hbsag\": \"NORMAL\", \"syphilis\": \"NORMAL\", \"hiv\": \"NORMAL\", "
                    + "\"bloodGlucose\": \"NORMAL\", \"tsh\": \"NORMAL\", \"rubellaIgg\": \"ABNORMAL\"}, \"husband\": {\"bloodType\": \"A\", "
                    + "\"hbsag\": \"NORMAL\", \"syphilis\": \"NORMAL\", \"hiv\": \"NORMAL\", \"bloodGlucose\": \"NORMAL\"}}, "
                    + "\"riskLevel\": \"HIGH\", \"riskFactors\": [\"INFECTIOUS_DISEASE\"], \"advice\": \"接种风疹疫苗，3个月后再怀孕\"}")
    record CheckWrite(
            @NotNull @Schema(description = "The wife: a woman of the register", example = "1203") Long wifeId,
            @NotNull @Schema(description = "The husband: a man of the register", example = "1202") Long husbandId,
            @NotNull @Schema(description = "Not in the future", example = "2018-05-14") LocalDate checkDate,
            @NotBlank @Size(max = 100) @Schema(description = "The examining institution", example = "沙坡头区妇幼保健计划生育服务中心") String institution,
            @NotNull @Valid CheckResults results,
            @NotNull @Schema(example = "HIGH") RiskLevel riskLevel,
            @Schema(description = "Codes of the risk-factor dictionary: at least one for HIGH, none for LOW", example = "[\"INFECTIOUS_DISEASE\"]")
            @Size(max = 20) List<@NotBlank @Size(max = 32) String> riskFactors,
            @Size(max = 1000) @Schema(example = "接种风疹疫苗，3个月后再怀孕") String advice) {

        PrepregnancyCheckService.NewCheck newCheck() {
            return new PrepregnancyCheckService.NewCheck(wifeId, husbandId, checkDate, institution, results.wife().results(),
                    results.husband().results(), riskLevel, riskFactors, advice);
        }
    }

    @Schema(name = "PrepregnancyCheckVoid", description = "Why the check is voided (kept with it and in the audit log)",
            example = "{\"reason\": \"录入了错误的丈夫，已重新登记\"}")
    record CheckVoid(@NotBlank @Size(max = 500) @Schema(example = "录入了错误的丈夫，已重新登记") String reason) {
    }

    @Schema(name = "RiskFactorView", description = "A risk factor of the dictionary", requiredProperties = {"code", "name", "nameEn"})
    record RiskFactorView(
            @Schema(example = "ADVANCED_AGE") String code,
            @Schema(example = "高龄") String name,
            @Schema(example = "Advanced age (35 or older)") String nameEn) {

        static RiskFactorView of(PrepregnancyRiskFactor f) {
            return new RiskFactorView(f.code, f.name, f.nameEn);
        }
    }
}
