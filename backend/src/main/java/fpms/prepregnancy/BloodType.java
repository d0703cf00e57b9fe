package fpms.prepregnancy;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** ABO blood group (血型), or not tested. */
@Schema(name = "BloodType", description = "ABO blood group, or NOT_DONE")
public enum BloodType {
    A, B, O, AB, NOT_DONE
}
