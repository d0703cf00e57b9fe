package fpms.birth;

import static fpms.birth.BirthRegistrationStatus.APPROVED;
import static fpms.birth.BirthRegistrationStatus.REGISTERED;
import static fpms.birth.BirthRegistrationStatus.REJECTED;
import static fpms.birth.BirthRegistrationStatus.RETURNED;
import static fpms.birth.BirthRegistrationStatus.SUBMITTED;
import static fpms.birth.BirthRegistrationStatus.VILLAGE_REVIEWED;

import fpms.org.Role;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The steps of the procedure: for which kind, from which status to which, and who takes them. The one table the
 * service checks transitions against and the detail view derives the caller's possible actions from.
 */
@Schema(name = "BirthRegistrationAction", description = "SUBMIT, RESUBMIT, REGISTER, RETURN, VILLAGE_REVIEW, APPROVE or REJECT")
public enum BirthRegistrationAction {
    SUBMIT(null, null, SUBMITTED, Role.VILLAGE_WORKER, Role.TOWN_OFFICER, Role.SERVICE),
    RESUBMIT(BirthRegistrationKind.REGISTRATION, RETURNED, SUBMITTED, Role.VILLAGE_WORKER, Role.TOWN_OFFICER, Role.SERVICE),
    REGISTER(BirthRegistrationKind.REGISTRATION, SUBMITTED, REGISTERED, Role.TOWN_OFFICER),
    RETURN(BirthRegistrationKind.REGISTRATION, SUBMITTED, RETURNED, Role.TOWN_OFFICER),
    VILLAGE_REVIEW(BirthRegistrationKind.APPROVAL, SUBMITTED, VILLAGE_REVIEWED, Role.VILLAGE_WORKER),
    APPROVE(BirthRegistrationKind.APPROVAL, VILLAGE_REVIEWED, APPROVED, Role.TOWN_OFFICER),
    REJECT(BirthRegistrationKind.APPROVAL, VILLAGE_REVIEWED, REJECTED, Role.TOWN_OFFICER);

    /** The kind of application the step belongs to (null: both). */
    public final BirthRegistrationKind kind;
    /** The status it starts from (null: a new application). */
    public final BirthRegistrationStatus from;
    public final BirthRegistrationStatus to;
    public final Set<Role> roles;

    BirthRegistrationAction(BirthRegistrationKind kind, BirthRegistrationStatus from, BirthRegistrationStatus to, Role... roles) {
        this.kind = kind;
        this.from = from;
        this.to = to;
        this.roles = Set.of(roles);
    }

    public boolean allowedTo(Set<String> roleNames) {
        return roles.stream().anyMatch(r -> roleNames.contains(r.name()));
    }
}
