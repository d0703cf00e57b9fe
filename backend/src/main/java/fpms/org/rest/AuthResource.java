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
import fpms.org.rest.AuthDtos.RefreshTokenIn;
import fpms.org.service.AuthSettings;
import fpms.org.service.LoginThrottle;
import fpms.org.service.TokenIssuer;
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
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.NewCookie;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import io.vertx.core.http.HttpServerRequest;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/auth")
@Tag(name = "Auth", description = "Login, token refresh, logout and the caller's own account")
public class AuthResource {

    /** The SPA's refresh token: HttpOnly, SameSite=Strict, sent only to /api/auth. */
    public static final String COOKIE = "fpms_refresh";
    private static final String COOKIE_PATH = "/api/auth";

    @Inject
    AuthService auth;

    @Inject
    OrgUnitService orgUnits;

    @Inject
    AppClock clock;

    @Inject
    LoginThrottle throttle;

    @Inject
    AuthSettings settings;

    @POST
    @Path("/token")
    @PermitAll
    @SecurityRequirements
    @Operation(operationId = "login", summary = "Log in", description = "Checks username and password and returns an RS256 access token (≤ 1 h) and a refresh token. "
            + "A wrong password, an unknown user, a disabled or a locked account all get the same 401. "
            + "Five failed logins in a row lock the account for 15 minutes; after ten failures within a minute from one address, "
            + "that address gets 429 with Retry-After until the minute is over (all configurable).")
    @APIResponse(responseCode = "200", description = "Logged in")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public RestResponse<TokenResponse> token(@Valid @NotNull TokenRequest request, @Context HttpServerRequest http) {
        String address = http.remoteAddress().hostAddress();
        throttle.refusal(address).ifPresent(seconds -> {
            throw ProblemException.tooMany(seconds, "auth.login.throttled", seconds);
        });
        Optional<SignedIn> signedIn = auth.login(request.username(), request.password());
        if (signedIn.isEmpty()) {
            throttle.failed(address);
        }
        return answer(signedIn, request.refreshTokenIn() == RefreshTokenIn.COOKIE);
    }

    @POST
    @Path("/refresh")
    @PermitAll
    @SecurityRequirements
    @Operation(operationId = "refreshToken", summary = "Refresh the tokens", description = "Exchanges the current refresh token of a session (in the body, or as the cookie " + COOKIE + ") for a new pair, "
            + "returned the way it came; "
            + "the one presented no longer refreshes (rotation). Presenting an earlier one again ends the session, audited as REFRESH_REUSED "
            + "(except within 10 s of the rotation: a second tab of the same client gets the current pair). Refused (401) once the session "
            + "has ended (logout, 30 minutes without a request, password change or reset, disabling, new roles or org unit) or its "
            + "8 hours since login are over, or the user is disabled or locked.")
    @APIResponse(responseCode = "200", description = "New tokens")
    public RestResponse<TokenResponse> refresh(@Valid @NotNull RefreshRequest request,
            @CookieParam(COOKIE) @Parameter(hidden = true) String cookie) {
        boolean inBody = request.refreshToken() != null;
        String token = inBody ? request.refreshToken() : cookie;
        if (token == null || token.isBlank()) {
            throw ProblemException.invalidField("refreshToken", "auth.refresh.missing", COOKIE);
        }
        return answer(auth.refresh(token), !inBody);
    }

    @POST
    @Path("/logout")
    @Authenticated
    @Operation(operationId = "logout", summary = "Log out", description = "Ends the session of the bearer token: its access and refresh tokens stop working "
            + "(on every server within 30 s, the session check time); the refresh cookie is cleared.")
    @APIResponse(responseCode = "204", description = "Logged out")
    public RestResponse<Void> logout() {
        auth.logout();
        return RestResponse.ResponseBuilder.<Void>noContent().cookie(cookie("", 0)).build();
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
    @Operation(operationId = "changeOwnPassword", summary = "Change my password", description = "Needs the current password; the user's other sessions end, this one goes on.")
    @APIResponse(responseCode = "204", description = "Changed")
    public RestResponse<Void> changePassword(@Valid @NotNull PasswordChange request) {
        auth.changeOwnPassword(request.currentPassword(), request.newPassword());
        return RestResponse.noContent();
    }

    /** The tokens, the refresh token in the body or as the cookie. */
    private RestResponse<TokenResponse> answer(Optional<SignedIn> signedIn, boolean asCookie) {
        SignedIn s = signedIn.orElseThrow(() -> new ProblemException(401, "unauthorized", Message.of("auth.login.failed"), null));
        TokenIssuer.Issued t = s.tokens();
        TokenResponse body = new TokenResponse(t.accessToken(), "Bearer", t.expiresIn(), asCookie ? null : t.refreshToken(),
                t.refreshExpiresIn(), current(s.user(), s.unit()));
        RestResponse.ResponseBuilder<TokenResponse> out = RestResponse.ResponseBuilder.ok(body);
        return (asCookie ? out.cookie(cookie(t.refreshToken(), t.refreshExpiresIn())) : out).build();
    }

    private NewCookie cookie(String value, int maxAge) {
        return new NewCookie.Builder(COOKIE).value(value).path(COOKIE_PATH).maxAge(maxAge)
                .httpOnly(true).secure(settings.cookieSecure()).sameSite(NewCookie.SameSite.STRICT).build();
    }

    private CurrentUser current(AppUser user, OrgUnit unit) {
        return new CurrentUser(user.id, user.username, user.displayName, List.of(user.roles), unit.id, unit.name, unit.path,
                clock.today(), auth.passwordExpired(user));
    }
}
