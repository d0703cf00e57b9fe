package fpms.prepregnancy;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The outcome of one laboratory item of a pre-pregnancy check. */
@Schema(name = "LabResult", description = "NORMAL (no finding; for rubella IgG: immune), ABNORMAL (a finding to follow up; for rubella IgG: not immune,"
        + " vaccinate before pregnancy) or NOT_DONE")
public enum LabResult {
    NORMAL, ABNORMAL, NOT_DONE
}
