package fpms.org.rest;

import fpms.common.error.ProblemException;
import fpms.common.i18n.Message;
import fpms.common.time.AppClock;
import fpms.org.AppUser;
import fpms.org.OrgUnit;
import fpms.org.rest.AuthDtos.CurrentUser;
import fpms.org.rest.AuthDtos.PasswordChange;
import fpms.org.rest.AuthDtos.RefreshRequest;
import fpms.org.rest.AuthDtos.TokenRequest;
import fpms.org.rest.AuthDtos.TokenResponse;
import fpms.org.service.AuthService.SignedIn;
import fpms.org.service.AuthService;
import fpms.org.service.OrgUnitService;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/auth")
@Tag(name = "Auth", description = "Login, token refresh and the caller's own account")
public class AuthResource {

    @Inject
    AuthService auth;

    @Inject
    OrgUnitService orgUnits;

    @Inject
    AppClock clock;

    @POST
    @Path("/token")
    @PermitAll
    @SecurityRequirements
    @Operation(operationId = "login", summary = "Log in", description = "Checks username and password and returns an RS256 access token (≤ 1 h) and a refresh token. "
            + "A wrong password, an unknown user, a disabled or a locked account all get the same 401. "
            + "Five failed logins in a row lock the account for 15 minutes (both configurable).")
    @APIResponse(responseCode = "200", description = "Logged in")
    public TokenResponse token(@Valid @NotNull TokenRequest request) {
        return answer(auth.login(request.username(), request.password()));
    }

    @POST
    @Path("/refresh")
    @PermitAll
    @SecurityRequirements
    @Operation(operationId = "refreshToken", summary = "Refresh the tokens", description = "Exchanges a valid refresh token for a new pair. Refused (401) once the user is disabled or locked or has changed the password.")
    @APIResponse(responseCode = "200", description = "New tokens")
    public TokenResponse refresh(@Valid @NotNull RefreshRequest request) {
        return answer(auth.refresh(request.refreshToken()));
    }

    @GET
    @Path("/me")
    @Authenticated
    @Operation(operationId = "getCurrentUser", summary = "Who am I", description = "The logged-in user with roles and org unit.")
    @APIResponse(responseCode = "200", description = "The current user")
    @Transactional // one transaction, like every resource but sign-in's (whose failures are counted and kept)
    public CurrentUser me() {
        AppUser user = auth.me().orElseThrow(() -> ProblemException.notFound("user.not-found", "me"));
        return current(user, orgUnits.find(user.orgUnitId).orElseThrow());
    }

    @PUT
    @Path("/password")
    @Authenticated
    @Operation(operationId = "changeOwnPassword", summary = "Change my password", description = "Needs the current password; refresh tokens issued before stop working.")
    @APIResponse(responseCode = "204", description = "Changed")
    public RestResponse<Void> changePassword(@Valid @NotNull PasswordChange request) {
        auth.changeOwnPassword(request.currentPassword(), request.newPassword());
        return RestResponse.noContent();
    }

    private TokenResponse answer(Optional<SignedIn> signedIn) {
        SignedIn s = signedIn.orElseThrow(() -> new ProblemException(401, "unauthorized", Message.of("auth.login.failed"), null));
        return new TokenResponse(s.tokens().accessToken(), "Bearer", s.tokens().expiresIn(),
                s.tokens().refreshToken(), s.tokens().refreshExpiresIn(), current(s.user(), s.unit()));
    }

    private CurrentUser current(AppUser user, OrgUnit unit) {
        return new CurrentUser(user.id, user.username, user.displayName, List.of(user.roles), unit.id, unit.name, unit.path,
                clock.today());
    }
}
