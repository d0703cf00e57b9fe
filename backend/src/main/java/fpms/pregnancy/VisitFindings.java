package fpms.pregnancy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a visit found, by kind: a home visit's condition and advice; a check's weight, blood pressure, fundal height,
 * fetal heart rate and test results; an ultrasound's gestational weeks, fetuses, placenta and findings. The risk
 * factors it noted are added to the pregnancy.
 */
@Schema(name = "VisitFindings", description = "Findings of a visit; which fields are required depends on its kind")
public record VisitFindings(
        @Schema(description = "Home visit: the woman's condition", example = "精神好，无不适") @Size(max = 2000) String condition,
        @Schema(description = "Home visit and check: advice given", example = "注意休息，按时产检") @Size(max = 2000) String advice,
        @Schema(description = "Check: weight in kg", example = "62.5") BigDecimal weightKg,
        @Schema(description = "Check: systolic blood pressure, mmHg", example = "118") Integer systolic,
        @Schema(description = "Check: diastolic blood pressure, mmHg", example = "76") Integer diastolic,
        @Schema(description = "Check: fundal height in cm", example = "28") BigDecimal fundalHeightCm,
        @Schema(description = "Check: fetal heart rate per minute", example = "142") Integer fetalHeartRate,
        @Schema(description = "Check: test results", example = "血常规正常，尿蛋白阴性") @Size(max = 2000) String testResults,
        @Schema(description = "Ultrasound: gestational weeks", example = "24") Integer gestationalWeeks,
        @Schema(description = "Ultrasound: number of fetuses", example = "1") Integer fetuses,
        @Schema(description = "Ultrasound: placenta", example = "后壁，成熟度I级") @Size(max = 500) String placenta,
        @Schema(description = "Ultrasound: findings", example = "胎儿发育正常") @Size(max = 2000) String ultrasoundFindings,
        @Schema(description = "Risk factors this visit found (codes of the dictionary)", example = "[\"HYPERTENSION\"]")
        @Size(max = RiskFactor.MAX_PER_RECORD) List<@NotBlank @Size(max = RiskFactor.CODE_LENGTH) String> riskFactors) {
}
