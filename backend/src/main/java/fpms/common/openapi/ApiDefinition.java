package fpms.common.openapi;

import fpms.common.error.FieldError;
import fpms.common.error.Problem;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The contract's shared parts: the problem schema every error response refers to, and the tags in menu order. */
@OpenAPIDefinition(
        info = @Info(title = "FPMS — 计划生育服务管理系统 API", version = "0.1.0"),
        tags = {
            @Tag(name = "Auth", description = "Login, token refresh and the caller's own account"),
            @Tag(name = "Org units", description = "The org tree region → city → district → town → village/community; every caller sees its own subtree"),
            @Tag(name = "Users", description = "User administration: create, edit, disable, re-enable, reset password (ADMIN); read also for officers and auditors"),
            @Tag(name = "Audit", description = "The append-only log of every write: who, when, where, what, before → after"),
        },
        components = @Components(schemas = {
            @Schema(name = "Problem", implementation = Problem.class),
            @Schema(name = "FieldError", implementation = FieldError.class),
        }))
public class ApiDefinition {
}
