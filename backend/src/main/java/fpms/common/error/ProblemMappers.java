package fpms.common.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import fpms.common.i18n.Catalogue;
import fpms.common.i18n.Message;
import fpms.common.i18n.RequestLanguage;
import fpms.common.scope.Caller;
import fpms.common.web.JsonInput;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.core.multipart.MultipartParser;

/** The one place where failures become RFC 9457 problem+json answers, in the request's language (Accept-Language). */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    RequestLanguage language;

    @Inject
    Caller caller;

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Locale locale = language.current();
        List<FieldError> errors = e.errors() == null ? null
                : e.errors().stream().map(f -> new FieldError(f.field(), f.message().in(locale))).toList();
        Response.ResponseBuilder out = problemResponse(e.status(), e.kind(), e.title(), e.detail(), uri, errors);
        if (e.retryAfterSeconds() != null) {
            out.header("Retry-After", e.retryAfterSeconds());
        }
        return out.build();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        Locale locale = language.current();
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldName(v), message(v, locale)))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        Message detail = null;
        for (FieldError f : errors) {
            Message one = Message.of("problem.field", f.field(), f.message());
            detail = detail == null ? one : Message.of("problem.field.more", detail, one);
        }
        return answer(400, "validation", detail, uri, errors);
    }

    /** Also takes over Quarkus' own answer for a value of the wrong type, which is not problem+json. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return malformed(e, uri);
    }

    @ServerExceptionMapper
    public Response malformed(JsonProcessingException e, UriInfo uri) {
        for (Throwable c = e; c != null; c = c.getCause()) { // Jackson wraps a parser's failure in a nested object with that object's path
            if (c instanceof StreamConstraintsException) {
                return answer(413, "content-too-large", Message.of("problem.content-too-large.json"), uri, null);
            }
            String repeated = c instanceof StreamReadException read ? JsonInput.repeatedKey(read) : null;
            if (repeated != null) {
                return problem(ProblemException.invalidField(repeated, "value.repeated-key"), uri);
            }
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String field = m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            Message message = m instanceof JsonInput.Refused refused ? refused.reason()
                    : m instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()
                    ? Message.of("value.one-of", java.util.Arrays.stream(f.getTargetType().getEnumConstants()).map(Object::toString).collect(Collectors.joining(", ")))
                    : Message.of("value.wrong-type");
            return problem(ProblemException.invalidField(field, message), uri);
        }
        return answer(400, "malformed", Message.of("problem.malformed.detail"), uri, null);
    }

    /** A multipart body the parser cannot read: a wrong boundary, or one cut off before its closing boundary. */
    @ServerExceptionMapper
    public Response malformedMultipart(MultipartParser.MalformedMessageException e, UriInfo uri) {
        return answer(400, "malformed", Message.of("problem.malformed.multipart"), uri, null);
    }

    @ServerExceptionMapper
    public Response unreadable(IOException e, UriInfo uri) {
        StackTraceElement[] thrower = e.getStackTrace();
        boolean multipart = thrower.length > 0 && thrower[0].getClassName().startsWith(MultipartParser.class.getPackageName() + ".");
        return multipart ? malformedMultipart(null, uri) : unexpected(e, uri);
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
        return answer(403, "forbidden", Message.of(caller.passwordExpired() ? "auth.password.expired" : "problem.forbidden.detail"), uri, null);
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
        Response.Status known = Response.Status.fromStatusCode(status);
        String kind = known == null ? "error" : known.getReasonPhrase().toLowerCase().replace(' ', '-');
        String path = uri.getRequestUri().getPath();
        Message detail = switch (status) {
            case 404 -> Message.of("problem.not-found.route", path);
            case 405 -> Message.of("problem.method-not-allowed.detail", path);
            case 415 -> Message.of("problem.unsupported-media-type.detail");
            case 406 -> Message.of("problem.not-acceptable.detail");
            default -> Message.of("problem.error.detail", status);
        };
        Response.ResponseBuilder out = problemResponse(status, kind, title(kind), detail, uri, null);
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
        return answer(412, "precondition-failed", Message.of("problem.precondition-failed.detail"), uri, null);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof OptimisticLockException || c instanceof StaleStateException) {
                return stale(null, uri);
            }
            if (c instanceof SQLException sql && sql.getSQLState() != null) {
                Response known = database(sql, uri);
                if (known != null) {
                    return known;
                }
            }
        }
        String correlationId = CorrelationId.current();
        LOG.errorf(e, "Unexpected failure on %s (correlation id %s)", uri == null ? "?" : uri.getRequestUri().getPath(), correlationId);
        Locale locale = language.current();
        return Response.status(500).type(Problem.MEDIA_TYPE)
                .entity(new Problem("urn:fpms:problem:internal", title("internal").in(locale),
                        500, Message.of("problem.internal.detail").in(locale),
                        uri == null ? null : uri.getRequestUri().getPath(), correlationId, null))
                .build();
    }

    /**
     * What the database refused, for a reason the caller can act on: a unique or foreign key (409), a check (422), a
     * serialization failure or deadlock (503, try again). Null for any other state: that one is unexpected.
     */
    private Response database(SQLException sql, UriInfo uri) {
        String state = sql.getSQLState();
        if (!List.of("23505", "23503", "23514", "40001", "40P01").contains(state)) {
            return null;
        }
        String what = sql.getMessage() == null ? "" : sql.getMessage().lines().findFirst().orElse(""); // the detail line holds row values
        LOG.infof("Database refused (SQL state %s) on %s: %s", state, uri == null ? "?" : uri.getRequestUri().getPath(), what);
        return switch (state) {
            case "23505" -> answer(409, "conflict", Message.of("problem.conflict.unique"), uri, null);
            case "23503" -> answer(409, "conflict", Message.of("problem.conflict.reference"), uri, null);
            case "23514" -> answer(422, "business-rule", Message.of("problem.business-rule.check"), uri, null);
            default -> problemResponse(503, "service-unavailable", title("service-unavailable"), Message.of("problem.retry.detail"), uri, null)
                    .header("Retry-After", "1").build();
        };
    }

    private Response unauthorized(UriInfo uri) {
        return problemResponse(401, "unauthorized", title("unauthorized"), Message.of("problem.unauthorized.detail"), uri, null)
                .header("WWW-Authenticate", "Bearer").build();
    }

    private Response answer(int status, String kind, Message detail, UriInfo uri, List<FieldError> errors) {
        return problemResponse(status, kind, title(kind), detail, uri, errors).build();
    }

    private Response.ResponseBuilder problemResponse(int status, String kind, Message title, Message detail,
            UriInfo uri, List<FieldError> errors) {
        Locale locale = language.current();
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem("urn:fpms:problem:" + kind, title.in(locale), status, detail.in(locale),
                        uri == null ? null : uri.getRequestUri().getPath(), null, errors));
    }

    /** "problem.{kind}" names each kind of problem; a status without its own title is a plain "Error". */
    private static Message title(String kind) {
        return Message.of(Catalogue.has("problem." + kind) ? "problem." + kind : "problem.error");
    }

    /** A constraint's own message is a catalogue key in braces; the built-in ones come translated by Hibernate Validator. */
    private static String message(ConstraintViolation<?> v, Locale locale) {
        String template = v.getMessageTemplate();
        String key = template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1) : null;
        return key != null && Catalogue.has(key) ? Message.of(key).in(locale) : v.getMessage();
    }

    /** "create.body.roles[0]" → "roles[0]"; a query or path parameter keeps its own name. */
    static String fieldName(ConstraintViolation<?> v) {
        List<String> props = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.isInIterable() && node.getIndex() != null) { // the node is in element i of the one before: "babies[0].name"
                    String element = "[" + node.getIndex() + "]";
                    if (props.isEmpty()) {
                        props.add(element);
                    } else {
                        props.set(props.size() - 1, props.get(props.size() - 1) + element);
                    }
                }
                String name = node.getName() == null || node.getName().startsWith("<") ? "" : node.getName();
                if (!name.isEmpty()) {
                    props.add(name);
                }
            }
        }
        String joined = String.join(".", props);
        return !joined.isEmpty() ? joined : parameter != null ? parameter : "request";
    }

}
