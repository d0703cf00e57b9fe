package fpms.birth;

import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where an application stands; SUBMITTED and VILLAGE_REVIEWED are open (awaiting someone), the others decided. */
@Schema(name = "BirthRegistrationStatus",
        description = "SUBMITTED, VILLAGE_REVIEWED (approvals), REGISTERED or RETURNED (registrations), APPROVED or REJECTED (approvals)")
public enum BirthRegistrationStatus {
    SUBMITTED, VILLAGE_REVIEWED, REGISTERED, RETURNED, APPROVED, REJECTED;

    public static final Set<BirthRegistrationStatus> OPEN = Set.of(SUBMITTED, VILLAGE_REVIEWED);

    public boolean open() {
        return OPEN.contains(this);
    }
}
