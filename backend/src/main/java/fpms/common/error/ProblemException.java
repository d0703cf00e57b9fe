package fpms.common.error;

import fpms.common.i18n.Message;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;

/**
 * A failure the caller should see as a problem+json answer with the given status. A WebApplicationException,
 * so that it keeps its status wherever the framework catches it (e.g. in a parameter converter). Its texts are
 * catalogue messages, written out in the caller's language by {@link ProblemMappers}; the title is "problem.{kind}".
 */
public class ProblemException extends WebApplicationException {

    /** One invalid field and what is wrong with it. */
    public record Invalid(String field, Message message) {
    }

    private final int status;
    private final String kind;
    private final Message detail;
    private final List<Invalid> errors;
    private Long retryAfterSeconds;

    public ProblemException(int status, String kind, Message detail, List<Invalid> errors) {
        super(status);
        this.status = status;
        this.kind = kind;
        this.detail = detail;
        this.errors = errors;
    }

    /** 404: absent, or outside the caller's org subtree (never tell which). */
    public static ProblemException notFound(String key, Object... args) {
        return new ProblemException(404, "not-found", Message.of(key, args), null);
    }

    /** 409: the request conflicts with the current state (duplicate, wrong workflow state). */
    public static ProblemException conflict(String key, Object... args) {
        return new ProblemException(409, "conflict", Message.of(key, args), null);
    }

    /** 400 naming one field; the detail is "field: message". */
    public static ProblemException invalidField(String field, String key, Object... args) {
        return invalidField(field, Message.of(key, args));
    }

    public static ProblemException invalidField(String field, Message message) {
        return new ProblemException(400, "validation", Message.of("problem.field", field, message), List.of(new Invalid(field, message)));
    }

    /** 422: well-formed, but a business rule forbids it. */
    public static ProblemException ruleViolated(String key, Object... args) {
        return new ProblemException(422, "business-rule", Message.of(key, args), null);
    }

    /** 422 naming one field: well-formed, but what it names breaks a business rule. */
    public static ProblemException ruleViolatedOn(String field, String key, Object... args) {
        Message message = Message.of(key, args);
        return new ProblemException(422, "business-rule", Message.of("problem.field", field, message), List.of(new Invalid(field, message)));
    }

    /** 429: too many attempts; the caller may try again after the given seconds (sent as Retry-After). */
    public static ProblemException tooMany(long retryAfterSeconds, String key, Object... args) {
        ProblemException e = new ProblemException(429, "too-many-requests", Message.of(key, args), null);
        e.retryAfterSeconds = Math.max(1, retryAfterSeconds);
        return e;
    }

    /** Seconds the caller should wait before trying again, or null. */
    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    public String kind() {
        return kind;
    }

    public Message title() {
        return Message.of("problem." + kind);
    }

    public Message detail() {
        return detail;
    }

    public List<Invalid> errors() {
        return errors;
    }

    /** The detail in English, for logs. */
    @Override
    public String getMessage() {
        return detail.toString();
    }
}
