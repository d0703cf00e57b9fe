package fpms.birth;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the couple applies for, following from the child's order and never chosen by the applicant. */
@Schema(name = "BirthRegistrationKind", description = "REGISTRATION (生育登记, 1st and 2nd child) or APPROVAL (再生育审批, 3rd child or later)")
public enum BirthRegistrationKind {
    /** 生育登记: reviewed by the town within 5 working days, then registered with a number or returned. */
    REGISTRATION,
    /** 再生育审批: reviewed by the village, then approved (with a number) or rejected by the town. */
    APPROVAL;

    /** The highest child order that needs only a registration. */
    public static final int REGISTRATION_UP_TO = 2;

    public static BirthRegistrationKind forChildOrder(int childOrder) {
        return childOrder <= REGISTRATION_UP_TO ? REGISTRATION : APPROVAL;
    }
}
