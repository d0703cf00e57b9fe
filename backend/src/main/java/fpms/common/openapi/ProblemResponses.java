package fpms.common.openapi;

import fpms.common.error.Problem;
import fpms.common.idempotency.IdempotencyKeys;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the error answers of the API in one place: each kind of problem is a reusable response
 * (components/responses) with an example, and every operation gets the ones that can happen to it —
 * 401/403 when it needs a token, 400 when it takes input, 413 with a JSON body, 415 with a body, 404 with a path id or input,
 * 412/428 with If-Match, 503 when it writes, 500 always.
 */
public class ProblemResponses implements OASFilter {

    private static final Map<String, String[]> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("BadRequest", new String[] {"400", "Invalid input: malformed JSON or invalid fields (listed in errors)", "validation",
            "Invalid input", "username: must not be blank"});
        KINDS.put("Unauthorized", new String[] {"401", "No valid bearer token", "unauthorized", "Unauthorized",
            "Log in first: send a valid bearer token"});
        KINDS.put("Forbidden", new String[] {"403", "The caller's role does not allow this action", "forbidden", "Forbidden",
            "Your role does not allow this action"});
        KINDS.put("NotFound", new String[] {"404", "Absent, or outside the caller's org subtree", "not-found", "Not found",
            "User 12 was not found"});
        KINDS.put("Conflict", new String[] {"409", "Conflicts with the current state (a duplicate, a wrong workflow state)", "conflict",
            "Conflict", "The username wang.fang is taken"});
        KINDS.put("PreconditionFailed", new String[] {"412", "If-Match names an old version: someone else changed the record",
            "precondition-failed", "Precondition failed",
            "The record was changed by someone else (now version 4); reload it and try again"});
        KINDS.put("ContentTooLarge", new String[] {"413", "The JSON body is over 1 MB", "content-too-large", "Content Too Large",
            "A JSON body may be at most 1 MB"});
        KINDS.put("UnsupportedMediaType", new String[] {"415", "The body is not in a media type the operation takes",
            "unsupported-media-type", "Unsupported Media Type", "Send the body as application/json"});
        KINDS.put("RuleViolated", new String[] {"422", "Well-formed, but a business rule forbids it", "business-rule",
            "Business rule violated", "A VILLAGE cannot be placed under a DISTRICT"});
        KINDS.put("PreconditionRequired", new String[] {"428", "If-Match is missing, or * (which proves no read of the current version)",
            "precondition-required", "Precondition required", "Send If-Match with the version from the ETag of your last read"});
        KINDS.put("TooManyRequests", new String[] {"429", "Too many attempts from this client: retry after Retry-After seconds",
            "too-many-requests", "Too many requests", "Too many failed logins from your address; try again in 42 seconds"});
        KINDS.put("ServiceUnavailable", new String[] {"503",
            "The write met a concurrent one (a deadlock or serialization failure): retry after Retry-After seconds",
            "service-unavailable", "Service unavailable", "The request met another one changing the same records; try again in a moment"});
        KINDS.put("InternalError", new String[] {"500", "Unexpected failure; the correlation id is in the server log", "internal",
            "Internal error", "The server could not complete the request. Quote the correlation id to support."});
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        KINDS.forEach((name, k) -> openAPI.getComponents().addResponse(name, response(k)));
        openAPI.getComponents().removeSchema("Page"); // the raw generic; each list has its own PageXxx schema
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().forEach((method, op) -> addStandardErrors(path, method, op));
            }
        });
    }

    private static void addStandardErrors(String path, PathItem.HttpMethod method, Operation op) {
        APIResponses responses = op.getResponses();
        boolean multipart = op.getRequestBody() != null && op.getRequestBody().getContent() != null
                && op.getRequestBody().getContent().hasMediaType("multipart/form-data");
        if (IdempotencyKeys.applies(method.name(), path, multipart ? MediaType.MULTIPART_FORM_DATA_TYPE : null)) {
            op.addParameter(OASFactory.createParameter().name(IdempotencyKeys.HEADER).in(Parameter.In.HEADER).required(false)
                    .description("A UUID of the client's choosing: the same key, body and user within 24 hours get the first answer again "
                            + "(with Idempotent-Replayed: true) and nothing is written twice; the same key with another body is a 422; "
                            + "while the first request runs, a 409")
                    .example("3f2b8c1e-6d4a-4e8b-9c7d-1a2b3c4d5e6f")
                    .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)
                            .format("uuid")));
            ref(responses, "409", "Conflict");
            ref(responses, "422", "RuleViolated");
        }
        boolean open = op.getSecurity() != null && op.getSecurity().isEmpty();
        boolean takesInput = op.getRequestBody() != null
                || (op.getParameters() != null && op.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY));
        boolean ifMatch = op.getParameters() != null
                && op.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName()));
        if (takesInput) {
            ref(responses, "400", "BadRequest");
        }
        if (op.getRequestBody() != null) {
            ref(responses, "415", "UnsupportedMediaType");
        }
        if (op.getRequestBody() != null && op.getRequestBody().getContent() != null
                && op.getRequestBody().getContent().hasMediaType("application/json")) {
            ref(responses, "413", "ContentTooLarge");
        }
        ref(responses, "401", "Unauthorized");
        if (!open) {
            ref(responses, "403", "Forbidden");
        }
        if (path.contains("{") || takesInput) { // a record named in the path, a query or the body may be absent or out of scope
            ref(responses, "404", "NotFound");
        }
        if (ifMatch) {
            ref(responses, "412", "PreconditionFailed");
            ref(responses, "428", "PreconditionRequired");
        }
        if (method != PathItem.HttpMethod.GET) {
            ref(responses, "503", "ServiceUnavailable");
        }
        ref(responses, "500", "InternalError");
    }

    /** Adds the shared response, also over the content-less 401/403 that Quarkus adds by itself. */
    private static void ref(APIResponses responses, String code, String name) {
        APIResponse existing = responses.getAPIResponse(code);
        if (existing == null || (existing.getRef() == null && existing.getContent() == null)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().ref(name));
        }
    }

    private static APIResponse response(String[] k) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "urn:fpms:problem:" + k[2]);
        example.put("title", k[3]);
        example.put("status", Integer.parseInt(k[0]));
        example.put("detail", k[4]);
        if (k[0].equals("400")) {
            Map<String, Object> fieldError = new LinkedHashMap<>(); // ordered: the contract must be byte-stable
            fieldError.put("field", "username");
            fieldError.put("message", "must not be blank");
            example.put("errors", java.util.List.of(fieldError));
        }
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("Problem"))
                .example(example));
        APIResponse response = OASFactory.createAPIResponse().description(k[1]).content(content);
        if (k[0].equals("503") || k[0].equals("429")) {
            response.addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait before trying again")
                    .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.INTEGER)));
        }
        return response;
    }
}
