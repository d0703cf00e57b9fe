package fpms.common.error;

import jakarta.ws.rs.WebApplicationException;
import java.util.List;

/**
 * A failure the caller should see as a problem+json answer with the given status. A WebApplicationException,
 * so that it keeps its status wherever the framework catches it (e.g. in a parameter converter).
 */
public class ProblemException extends WebApplicationException {

    private final int status;
    private final String kind;
    private final String title;
    private final List<FieldError> errors;

    public ProblemException(int status, String kind, String title, String detail, List<FieldError> errors) {
        super(detail, status);
        this.status = status;
        this.kind = kind;
        this.title = title;
        this.errors = errors;
    }

    /** 404: absent, or outside the caller's org subtree (never tell which). */
    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", what + " " + id + " was not found", null);
    }

    /** 409: the request conflicts with the current state (duplicate, wrong workflow state). */
    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict", detail, null);
    }

    /** 400 naming one field. */
    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(400, "validation", "Invalid input", field + ": " + message,
                List.of(new FieldError(field, message)));
    }

    /** 422: well-formed, but a business rule forbids it. */
    public static ProblemException ruleViolated(String detail) {
        return new ProblemException(422, "business-rule", "Business rule violated", detail, null);
    }

    public int status() {
        return status;
    }

    public String kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
