package fpms.prepregnancy;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The outcome of the risk assessment (风险评估): a HIGH risk names its risk factors, a LOW one none. */
@Schema(name = "CheckRiskLevel", description = "LOW (no risk factor) or HIGH (one or more risk factors)")
public enum RiskLevel {
    LOW, HIGH
}
