package fpms.household.rest;

import fpms.common.i18n.RequestLanguage;
import fpms.common.paging.Page;
import fpms.common.paging.PageQuery;
import fpms.common.time.AppClock;
import fpms.common.version.Versions;
import fpms.household.DuplicateCandidate;
import fpms.household.Person;
import fpms.household.service.DuplicateService;
import fpms.org.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/duplicate-candidates")
@RolesAllowed({Role.Names.TOWN_OFFICER, Role.Names.DISTRICT_OFFICER})
@Tag(name = "Duplicates", description = "Probable duplicate persons, found on create and by scans, for an officer to merge or dismiss")
@Transactional
public class DuplicateResource {

    @Inject
    DuplicateService service;

    @Inject
    AppClock clock;

    @Inject
    RequestLanguage requestLanguage;

    @Schema(name = "DuplicateCandidateView", description = "A pair of person records that are probably one person",
            requiredProperties = {"id", "rule", "similarity", "status", "version"})
    public record CandidateView(
            @Schema(example = "51") long id,
            @Schema(description = "One record; null when outside your area") PersonDtos.PersonView person,
            @Schema(description = "The other record; null when outside your area") PersonDtos.PersonView other,
            @Schema(example = "SAME_NAME_BIRTH_DATE") DuplicateCandidate.Rule rule,
            @Schema(description = "1 for the same name; the trigram similarity of the names otherwise", example = "1.000") BigDecimal similarity,
            @Schema(example = "OPEN") DuplicateCandidate.Status status,
            @Schema(example = "town") String decidedBy,
            @Schema(description = "The reason given; one the system wrote comes in the Accept-Language", example = "同一人重复登记")
            String decisionReason,
            @Schema(example = "0") long version) {
    }

    @Schema(name = "DuplicateMerge", description = "Which record to keep; the other is retired with a pointer to it",
            example = "{\"keepPersonId\": 1203, \"reason\": \"同一人重复登记\"}")
    public record MergeRequest(@NotNull @Schema(example = "1203") Long keepPersonId,
            @NotBlank @Size(max = 500) @Schema(example = "同一人重复登记") String reason) {
    }

    @Schema(name = "DuplicateDismiss", description = "Why the pair is two different persons", example = "{\"reason\": \"同名同生日，非同一人\"}")
    public record DismissRequest(@NotBlank @Size(max = 500) @Schema(example = "同名同生日，非同一人") String reason) {
    }

    @GET
    @Operation(operationId = "listDuplicateCandidates", summary = "The review queue",
            description = "Candidate pairs of the caller's subtree, by status (default OPEN). Sort by createdAt, similarity or id.")
    @APIResponse(responseCode = "200", description = "A page of candidates")
    public Page<CandidateView> list(@BeanParam @Valid PageQuery paging,
            @QueryParam("status") @Parameter(description = "OPEN (default), MERGED or DISMISSED", example = "OPEN") DuplicateCandidate.Status status) {
        Page<DuplicateCandidate> page = service.list(status == null ? DuplicateCandidate.Status.OPEN : status, paging);
        Set<Long> ids = new HashSet<>();
        page.items().forEach(c -> {
            ids.add(c.personId);
            ids.add(c.otherId);
        });
        Map<Long, Person> people = ids.isEmpty() ? Map.of()
                : Person.<Person>list("id in ?1", ids).stream().collect(Collectors.toMap(p -> p.id, p -> p));
        LocalDate today = clock.today();
        Locale language = requestLanguage.current();
        return page.map(c -> view(c, people, today, language));
    }

    @POST
    @Path("/{id}/merge")
    @Operation(operationId = "mergeDuplicate", summary = "Merge the pair into one person",
            description = "Keeps one record; the other is retired (never deleted) with a pointer to it, and every reference moves to the"
                    + " kept one. Both must be in the caller's subtree and have the same sex and birth date (else 422); the kept record takes the"
                    + " retired one's ID number when it has none. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Merged")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "RuleViolated")
    public RestResponse<CandidateView> merge(@PathParam("id") @Parameter(description = "Candidate id", example = "51") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Versions.IF_MATCH_DESCRIPTION, example = "\"0\"") String ifMatch,
            @Valid @NotNull MergeRequest body) {
        return answer(service.merge(id, ifMatch, body.keepPersonId(), body.reason()));
    }

    @POST
    @Path("/{id}/dismiss")
    @Operation(operationId = "dismissDuplicate", summary = "Dismiss the pair", description = "They are two persons; the reason is kept. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Dismissed")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<CandidateView> dismiss(@PathParam("id") @Parameter(description = "Candidate id", example = "51") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Versions.IF_MATCH_DESCRIPTION, example = "\"0\"") String ifMatch,
            @Valid @NotNull DismissRequest body) {
        return answer(service.dismiss(id, ifMatch, body.reason()));
    }

    private RestResponse<CandidateView> answer(DuplicateCandidate c) {
        Map<Long, Person> people = Person.<Person>list("id in ?1", List.of(c.personId, c.otherId)).stream()
                .collect(Collectors.toMap(p -> p.id, p -> p));
        return RestResponse.ResponseBuilder.<CandidateView>ok(view(c, people, clock.today(), requestLanguage.current()))
                .tag(Versions.etag(c.version)).build();
    }

    private static CandidateView view(DuplicateCandidate c, Map<Long, Person> people, LocalDate today, Locale language) {
        return new CandidateView(c.id, viewOf(people.get(c.personId), today), viewOf(people.get(c.otherId), today), c.rule,
                c.similarity, c.status, c.decidedBy, c.decisionReasonIn(language), c.version);
    }

    /** A record outside the caller's subtree (or retired since) is shown as null. */
    private static PersonDtos.PersonView viewOf(Person p, LocalDate today) {
        return p == null ? null : PersonDtos.PersonView.of(p, today);
    }
}
