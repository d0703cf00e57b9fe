package fpms.common.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place where failures become RFC 9457 problem+json answers. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return answer(e.status(), e.kind(), e.title(), e.getMessage(), uri, e.errors());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return answer(400, "validation", "Invalid input", detail, uri, errors);
    }

    /** Also takes over Quarkus' own answer for a value of the wrong type, which is not problem+json. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return malformed(e, uri);
    }

    @ServerExceptionMapper
    public Response malformed(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String field = m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String message = m instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()
                    ? "must be one of " + java.util.Arrays.stream(f.getTargetType().getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "))
                    : "value has the wrong type or format";
            return answer(400, "validation", "Invalid input", field + ": " + message, uri, List.of(new FieldError(field, message)));
        }
        return answer(400, "malformed", "Malformed request body", "The request body is not valid JSON", uri, null);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response badToken(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return answer(403, "forbidden", "Forbidden", "Your role does not allow this action", uri, null);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            if (c instanceof JsonProcessingException json) {
                return malformed(json, uri);
            }
        }
        if (status >= 500) {
            return unexpected(e, uri);
        }
        String title = Response.Status.fromStatusCode(status) == null ? "Error" : Response.Status.fromStatusCode(status).getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "No resource at " + uri.getRequestUri().getPath();
            case 405 -> "This method is not allowed on " + uri.getRequestUri().getPath();
            case 415 -> "Send the body as application/json";
            case 406 -> "This resource answers application/json";
            default -> e.getMessage();
        };
        Response.ResponseBuilder out = problemResponse(status, title.toLowerCase().replace(' ', '-'), title, detail, uri, null);
        e.getResponse().getHeaders().forEach((k, v) -> {
            if (k.equalsIgnoreCase("Allow")) {
                v.forEach(x -> out.header(k, x));
            }
        });
        return out.build();
    }

    /** Two writes raced past the If-Match check: the database's version check stopped the second. */
    @ServerExceptionMapper
    public Response stale(OptimisticLockException e, UriInfo uri) {
        return answer(412, "precondition-failed", "Precondition failed",
                "The record was changed by someone else; reload it and try again", uri, null);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof OptimisticLockException || c instanceof StaleStateException) {
                return stale(null, uri);
            }
            if (c instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                LOG.infof("Unique violation on %s: %s", uri == null ? "?" : uri.getRequestUri().getPath(), sql.getMessage());
                return answer(409, "conflict", "Conflict", "A record with the same unique value already exists", uri, null);
            }
        }
        String correlationId = CorrelationId.current();
        LOG.errorf(e, "Unexpected failure on %s (correlation id %s)", uri == null ? "?" : uri.getRequestUri().getPath(), correlationId);
        return Response.status(500).type(Problem.MEDIA_TYPE)
                .entity(new Problem("urn:fpms:problem:internal", "Internal error",
                        500, "The server could not complete the request. Quote the correlation id to support.",
                        uri == null ? null : uri.getRequestUri().getPath(), correlationId, null))
                .build();
    }

    private static Response unauthorized(UriInfo uri) {
        return problemResponse(401, "unauthorized", "Unauthorized", "Log in first: send a valid bearer token", uri, null)
                .header("WWW-Authenticate", "Bearer").build();
    }

    private static Response answer(int status, String kind, String title, String detail, UriInfo uri, List<FieldError> errors) {
        return problemResponse(status, kind, title, detail, uri, errors).build();
    }

    private static Response.ResponseBuilder problemResponse(int status, String kind, String title, String detail,
            UriInfo uri, List<FieldError> errors) {
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem("urn:fpms:problem:" + kind, title, status, detail,
                        uri == null ? null : uri.getRequestUri().getPath(), null, errors));
    }

    /** "create.body.roles[0]" → "roles[0]"; a query or path parameter keeps its own name. */
    static String fieldName(ConstraintViolation<?> v) {
        List<String> props = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                String name = node.getName() == null || node.getName().startsWith("<") ? "" : node.getName();
                props.add(node.getIndex() != null ? name + "[" + node.getIndex() + "]" : name);
            }
        }
        String joined = String.join(".", props).replace(".[", "[");
        return !joined.isEmpty() ? joined : parameter != null ? parameter : "request";
    }

}
