package fpms.org.rest;

import fpms.common.error.ProblemException;
import fpms.common.paging.Page;
import fpms.common.paging.PageQuery;
import fpms.common.time.AppClock;
import fpms.common.version.Versions;
import fpms.common.web.Locations;
import fpms.org.AppUser;
import fpms.org.Role;
import fpms.org.rest.UserDtos.PasswordReset;
import fpms.org.rest.UserDtos.UserCreate;
import fpms.org.rest.UserDtos.UserRoles;
import fpms.org.rest.UserDtos.UserStateChange;
import fpms.org.rest.UserDtos.UserUpdate;
import fpms.org.rest.UserDtos.UserView;
import fpms.org.service.UserService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/users")
@RolesAllowed(Role.Names.ADMIN)
@Tag(name = "Users", description = "Accounts, with the separation of duties of 三员分立: the system administrator (ADMIN) creates, edits, "
        + "disables, re-enables and resets passwords; the security administrator (SECURITY_ADMIN) grants roles and unlocks; officers and "
        + "auditors read")
@Transactional
public class UserResource {

    private static final String IF_MATCH = HttpHeaders.IF_MATCH;

    @Inject
    UserService service;

    @Inject
    AppClock clock;


    @GET
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SECURITY_ADMIN, Role.Names.AUDITOR, Role.Names.DISTRICT_OFFICER, Role.Names.TOWN_OFFICER})
    @Operation(operationId = "listUsers", summary = "List users", description = "A page of the users in the caller's subtree, filtered by a name fragment, org unit, role and state. Sort by username, displayName, createdAt or id.")
    @APIResponse(responseCode = "200", description = "A page of users")
    public Page<UserView> list(@BeanParam @Valid PageQuery paging,
            @QueryParam("q") @Parameter(description = "Part of the username or display name", example = "wang") String q,
            @QueryParam("orgUnitId") @Parameter(description = "Only users of this org unit", example = "5") Long orgUnitId,
            @QueryParam("role") @Parameter(description = "Only users with this role", example = "VILLAGE_WORKER") Role role,
            @QueryParam("enabled") @Parameter(description = "Only enabled (true) or disabled (false) users", example = "true") Boolean enabled) {
        Page<AppUser> page = service.list(new UserService.Filter(q, orgUnitId, role, enabled), paging);
        Map<Long, String> names = service.orgUnitNames(page.items().stream().map(u -> u.orgUnitId).collect(Collectors.toSet()));
        return page.map(u -> UserView.of(u, names.get(u.orgUnitId), clock.now()));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SECURITY_ADMIN, Role.Names.AUDITOR, Role.Names.DISTRICT_OFFICER, Role.Names.TOWN_OFFICER})
    @Operation(operationId = "getUser", summary = "One user", description = "The user with its version in the ETag header.")
    @APIResponse(responseCode = "200", description = "The user")
    public RestResponse<UserView> get(@PathParam("id") @Parameter(description = "User id", example = "12") long id) {
        return view(RestResponse.ResponseBuilder.<UserView>ok(), service.find(id).orElseThrow(() -> ProblemException.notFound("user.not-found", id)));
    }

    @POST
    @Operation(operationId = "createUser", summary = "Create a user", description = "A new user in an org unit of the caller's subtree, with an initial password "
            + "and no role yet: the security administrator grants roles. Usernames are unique.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json", schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<UserView> create(@Valid @NotNull UserCreate r) {
        AppUser user = service.create(new UserService.NewUser(r.username(), r.displayName().trim(), r.phone(), r.password(), r.orgUnitId()));
        return view(RestResponse.ResponseBuilder.<UserView>created(Locations.of(UserResource.class, user.id)), user);
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateUser", summary = "Edit a user", description = "Changes name, phone and org unit; another org unit ends the user's "
            + "sessions. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Changed")
    public RestResponse<UserView> update(@PathParam("id") @Parameter(description = "User id", example = "12") long id,
            @HeaderParam(IF_MATCH) @Parameter(description = Versions.IF_MATCH_DESCRIPTION, example = "\"0\"") String ifMatch,
            @Valid @NotNull UserUpdate r) {
        return view(RestResponse.ResponseBuilder.<UserView>ok(),
                service.update(id, ifMatch, new UserService.UserChange(r.displayName().trim(), r.phone(), r.orgUnitId())));
    }

    @PUT
    @Path("/{id}/roles")
    @RolesAllowed(Role.Names.SECURITY_ADMIN)
    @Operation(operationId = "grantUserRoles", summary = "Set a user's roles", description = "The security administrator's work: the roles the "
            + "user has from now on, with a reason, audited; a change ends the user's sessions. Not one's own (422). Needs If-Match.")
    @APIResponse(responseCode = "200", description = "The roles are set")
    @APIResponse(responseCode = "422", ref = "RuleViolated")
    public RestResponse<UserView> grant(@PathParam("id") @Parameter(description = "User id", example = "12") long id,
            @HeaderParam(IF_MATCH) @Parameter(description = Versions.IF_MATCH_DESCRIPTION, example = "\"0\"") String ifMatch,
            @Valid @NotNull UserRoles r) {
        return view(RestResponse.ResponseBuilder.<UserView>ok(), service.grant(id, ifMatch, r.roles(), r.reason()));
    }

    @POST
    @Path("/{id}/disable")
    @Operation(operationId = "disableUser", summary = "Disable a user", description = "The user can no longer log in or refresh tokens. A reason is required and kept in the audit log. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Disabled")
    public RestResponse<UserView> disable(@PathParam("id") @Parameter(description = "User id", example = "12") long id,
            @HeaderParam(IF_MATCH) @Parameter(description = Versions.IF_MATCH_DESCRIPTION, example = "\"0\"") String ifMatch,
            @Valid @NotNull UserStateChange r) {
        return view(RestResponse.ResponseBuilder.<UserView>ok(), service.disable(id, ifMatch, r.reason()));
    }

    @POST
    @Path("/{id}/enable")
    @Operation(operationId = "enableUser", summary = "Re-enable a user", description = "Lets a disabled or locked user log in again. A reason is required. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Enabled")
    public RestResponse<UserView> enable(@PathParam("id") @Parameter(description = "User id", example = "12") long id,
            @HeaderParam(IF_MATCH) @Parameter(description = Versions.IF_MATCH_DESCRIPTION, example = "\"1\"") String ifMatch,
            @Valid @NotNull UserStateChange r) {
        return view(RestResponse.ResponseBuilder.<UserView>ok(), service.enable(id, ifMatch, r.reason()));
    }

    @POST
    @Path("/{id}/unlock")
    @RolesAllowed(Role.Names.SECURITY_ADMIN)
    @Operation(operationId = "unlockUser", summary = "Unlock a user", description = "Lets a user locked after failed logins log in again before the lock ends; "
            + "the count of failures starts afresh. A reason is required and kept in the audit log. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Unlocked")
    public RestResponse<UserView> unlock(@PathParam("id") @Parameter(description = "User id", example = "12") long id,
            @HeaderParam(IF_MATCH) @Parameter(description = Versions.IF_MATCH_DESCRIPTION, example = "\"1\"") String ifMatch,
            @Valid @NotNull UserStateChange r) {
        return view(RestResponse.ResponseBuilder.<UserView>ok(), service.unlock(id, ifMatch, r.reason()));
    }

    @POST
    @Path("/{id}/reset-password")
    @Operation(operationId = "resetUserPassword", summary = "Reset a user's password", description = "Sets a new password, unlocks the account and ends its refresh tokens. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Reset")
    public RestResponse<UserView> resetPassword(@PathParam("id") @Parameter(description = "User id", example = "12") long id,
            @HeaderParam(IF_MATCH) @Parameter(description = Versions.IF_MATCH_DESCRIPTION, example = "\"0\"") String ifMatch,
            @Valid @NotNull PasswordReset r) {
        return view(RestResponse.ResponseBuilder.<UserView>ok(), service.resetPassword(id, ifMatch, r.newPassword(), r.reason()));
    }

    private RestResponse<UserView> view(RestResponse.ResponseBuilder<UserView> builder, AppUser user) {
        String unitName = service.orgUnitNames(Set.of(user.orgUnitId)).get(user.orgUnitId);
        return builder.entity(UserView.of(user, unitName, clock.now())).tag(Versions.etag(user.version)).build();
    }
}
