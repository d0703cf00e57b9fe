package fpms.support;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.sql.SQLException;
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

    /** The database refusing a write with this SQL state, as the persistence layer reports it. */
    @GET
    @Path("/sql/{state}")
    @PermitAll
    @Operation(hidden = true)
    public String refused(@PathParam("state") String state) {
        throw new PersistenceException(new SQLException("ERROR: refused\n  Detail: Key (id_number)=(640502199003071226)", state));
    }
}
