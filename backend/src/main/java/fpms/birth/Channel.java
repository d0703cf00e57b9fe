package fpms.birth;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How the application came in. */
@Schema(name = "BirthRegistrationChannel", description = "ONLINE (网上申请, also every application of an outside system) or OFFICE (窗口/上门受理)")
public enum Channel {
    ONLINE, OFFICE
}
