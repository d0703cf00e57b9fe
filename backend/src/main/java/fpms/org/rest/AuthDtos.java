package fpms.org.rest;

import fpms.org.service.PasswordPolicy;
import fpms.org.service.StrongPassword;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of /api/auth. */
final class AuthDtos {

    private AuthDtos() {
    }

    /** Where the refresh token goes: in the answer's body (API clients) or in an HttpOnly cookie (the SPA). */
    enum RefreshTokenIn {
        BODY, COOKIE
    }

    @Schema(name = "TokenRequest", description = "Username and password", example = "{\"username\": \"admin\", \"password\": \"Demo@2018\"}")
    record TokenRequest(
            @NotBlank @Size(max = 100) @Schema(description = "Login name", example = "admin") String username,
            @NotBlank @Size(max = 200) @Schema(description = "Password", example = "Demo@2018") String password,
            @Schema(description = "BODY (the default): the refresh token is in the answer. COOKIE (the SPA): it is set as the HttpOnly, "
                    + "Secure, SameSite=Strict cookie " + AuthResource.COOKIE + " for the path /api/auth only, out of reach of scripts, "
                    + "and the answer's refreshToken is absent", example = "BODY") RefreshTokenIn refreshTokenIn) {
    }

    @Schema(name = "RefreshRequest", description = "A refresh token from an earlier token answer; absent when it comes as the cookie")
    record RefreshRequest(
            @Size(max = 4096) @Schema(description = "The refresh token, unless the cookie " + AuthResource.COOKIE + " carries it",
                    example = "eyJhbGciOiJSUzI1NiJ9...") String refreshToken) {
    }

    @Schema(name = "TokenResponse", requiredProperties = {"accessToken", "tokenType", "expiresIn", "refreshExpiresIn", "user"}, description = "Tokens for the API: send the access token as 'Authorization: Bearer …'")
    record TokenResponse(
            @Schema(description = "RS256 JWT: subject, upn, groups (roles), orgUnitId, orgUnitPath", example = "eyJhbGciOiJSUzI1NiJ9...") String accessToken,
            @Schema(description = "Always Bearer", example = "Bearer") String tokenType,
            @Schema(description = "Seconds until the access token expires (at most 3600)", example = "1800") int expiresIn,
            @Schema(description = "Token for POST /api/auth/refresh, good for one refresh; not accepted by the rest of the API. "
                    + "Absent when it was set as the cookie", example = "eyJhbGciOiJSUzI1NiJ9...") String refreshToken,
            @Schema(description = "Seconds until the session ends at the latest (8 hours after login), however often refreshed", example = "28800") int refreshExpiresIn,
            @Schema(description = "Who logged in") CurrentUser user) {
    }

    @Schema(name = "CurrentUser", description = "The logged-in user",
            requiredProperties = {"id", "username", "displayName", "roles", "orgUnitId", "orgUnitName", "orgUnitPath", "today", "passwordExpired"})
    record CurrentUser(
            @Schema(example = "1") long id,
            @Schema(example = "admin") String username,
            @Schema(example = "系统管理员") String displayName,
            @Schema(description = "Roles", example = "[\"ADMIN\"]") List<String> roles,
            @Schema(description = "The user's org unit: what it sees is this unit's subtree", example = "1") long orgUnitId,
            @Schema(example = "宁夏回族自治区") String orgUnitName,
            @Schema(example = "/1/") String orgUnitPath,
            @Schema(description = "The server's today (Asia/Shanghai, the application's clock): a client proposes and bounds dates"
                    + " by it, not by its own clock", example = "2018-05-14") LocalDate today,
            @Schema(description = "The password is older than the configured maximum (90 days): the token has no roles until it is "
                    + "changed (PUT /api/auth/password, then refresh)", example = "false") boolean passwordExpired) {
    }

    @Schema(name = "PasswordChange", description = "The current password and a new one",
            example = "{\"currentPassword\": \"Demo@2018\", \"newPassword\": \"Better@2019\"}")
    record PasswordChange(
            @NotBlank @Size(max = 200) @Schema(example = "Demo@2018") String currentPassword,
            @NotNull @Size(max = PasswordPolicy.MAX_BYTES) @StrongPassword
            @Schema(description = PasswordPolicy.DESCRIPTION, example = "Better@2019") String newPassword) {
    }
}
