package fpms.audit;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A health finding in a record's audited state (findings of a visit, a risk level, risk factors, an outcome): the
 * audit log says that it was set or changed, never what it is — whoever needs it reads the record (an audited read).
 */
public record HealthFinding(Object value) {

    /** What the log shows in place of a finding. */
    public static final String MASK = "******";

    /** The audited state's value: null stays null (nothing was recorded). */
    public static Object of(Object value) {
        return value == null ? null : new HealthFinding(value);
    }

    /** The audit value: compared by the finding's own audit form, so a change shows, and written only as {@link #MASK}. */
    record Masked(Object auditForm) {

        @JsonValue
        String json() {
            return MASK;
        }
    }
}
