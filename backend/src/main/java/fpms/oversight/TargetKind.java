package fpms.oversight;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an annual target counts. Each kind has a {@link fpms.oversight.service.TargetMeasure} that computes its progress
 * (a new kind: a constant here, its measure, and the database's check on annual_target.kind widened).
 */
@Schema(name = "TargetKind", description = "PREPREGNANCY_CHECK: couples given a free pre-pregnancy check (distinct couples with a valid check in the year)")
public enum TargetKind {
    /** 免费孕前优生健康检查: distinct couples with a valid check in the year. */
    PREPREGNANCY_CHECK
}
