package fpms.org.rest;

import fpms.common.web.VisibleText;
import fpms.org.AppUser;
import fpms.org.Role;
import fpms.org.service.PasswordPolicy;
import fpms.org.service.StrongPassword;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of /api/users. */
final class UserDtos {

    private UserDtos() {
    }

    static final String PHONE_REGEXP = "1\\d{10}|0\\d{2,3}-?\\d{7,8}";
    static final String PHONE_MESSAGE = "{phone.pattern}";

    @Schema(name = "UserView", requiredProperties = {"id", "username", "displayName", "roles", "orgUnitId", "orgUnitName", "enabled", "createdAt", "version"}, description = "A user")
    record UserView(
            @Schema(example = "12") long id,
            @Schema(example = "village") String username,
            @Schema(example = "李秀英") String displayName,
            @Schema(example = "13895512345") String phone,
            @Schema(example = "[\"VILLAGE_WORKER\"]") List<Role> roles,
            @Schema(example = "5") long orgUnitId,
            @Schema(example = "黑林村") String orgUnitName,
            @Schema(description = "False when disabled", example = "true") boolean enabled,
            @Schema(description = "Until when the account is locked after failed logins; absent when it is not locked") Instant lockedUntil,
            Instant createdAt,
            @Schema(description = "Version for If-Match", example = "0") long version) {

        static UserView of(AppUser u, String orgUnitName, Instant now) {
            return new UserView(u.id, u.username, u.displayName, u.phone, u.roleList(), u.orgUnitId, orgUnitName,
                    u.enabled, u.lockedAt(now) ? u.lockedUntil : null, u.createdAt, u.version);
        }
    }

    @Schema(name = "UserCreate", description = "A new user, without roles: the security administrator grants them (PUT /api/users/{id}/roles)",
            example = "{\"username\": \"wang.fang\", \"displayName\": \"王芳\", \"phone\": \"13895512345\", \"password\": \"Start@2018\", \"orgUnitId\": 5}")
    record UserCreate(
            @NotBlank @Size(max = 32) @Pattern(regexp = "[a-z][a-z0-9._-]{2,31}", message = "{user.username.pattern}")
            @Schema(example = "wang.fang") String username,
            @NotBlank @Size(max = 50) @VisibleText @Schema(example = "王芳") String displayName,
            @Size(max = 20) @Pattern(regexp = PHONE_REGEXP, message = PHONE_MESSAGE) @Schema(example = "13895512345") String phone,
            @NotNull @Size(max = PasswordPolicy.MAX_BYTES) @StrongPassword
            @Schema(description = PasswordPolicy.DESCRIPTION, example = "Start@2018") String password,
            @NotNull @Schema(example = "5") Long orgUnitId) {
    }

    @Schema(name = "UserUpdate", description = "New details of a user (roles are granted apart: PUT /api/users/{id}/roles)",
            example = "{\"displayName\": \"王芳\", \"phone\": \"13895512345\", \"orgUnitId\": 5}")
    record UserUpdate(
            @NotBlank @Size(max = 50) @VisibleText @Schema(example = "王芳") String displayName,
            @Size(max = 20) @Pattern(regexp = PHONE_REGEXP, message = PHONE_MESSAGE) @Schema(example = "13895512345") String phone,
            @NotNull @Schema(example = "5") Long orgUnitId) {
    }

    @Schema(name = "UserRoles", description = "The roles a user has from now on, and why", example = "{\"roles\": [\"VILLAGE_WORKER\"], \"reason\": \"新任黑林村计生专干\"}")
    record UserRoles(
            @NotNull @Size(max = 10) @Schema(description = "Every role the user has; empty takes them all", example = "[\"VILLAGE_WORKER\"]")
            List<@NotNull Role> roles,
            @NotBlank @Size(max = 500) @Schema(example = "新任黑林村计生专干") String reason) {
    }

    @Schema(name = "UserStateChange", description = "Why a user is disabled, re-enabled or unlocked", example = "{\"reason\": \"调离岗位\"}")
    record UserStateChange(@NotBlank @Size(max = 500) @Schema(example = "调离岗位") String reason) {
    }

    @Schema(name = "PasswordReset", description = "A new password set by an administrator", example = "{\"newPassword\": \"Reset@2018\", \"reason\": \"用户忘记密码\"}")
    record PasswordReset(
            @NotNull @Size(max = PasswordPolicy.MAX_BYTES) @StrongPassword
            @Schema(description = PasswordPolicy.DESCRIPTION, example = "Reset@2018") String newPassword,
            @NotBlank @Size(max = 500) @Schema(example = "用户忘记密码") String reason) {
    }
}
