package fpms.support;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Test-only endpoint that fails unexpectedly, to see what a caller gets from a 500. Not part of the contract. */
@Path("/test-support/failure")
public class FailingResource {

    @GET
    @PermitAll
    @Operation(hidden = true)
    public String fail() {
        throw new IllegalStateException("secret internals: table app_user, password column");
    }
}
