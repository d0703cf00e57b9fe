package fpms.org.service;

/** The rule for new passwords, declared once and used by every DTO that sets one. */
public final class PasswordPolicy {

    public static final String REGEXP = "^(?=.*[A-Za-z])(?=.*\\d).{8,72}$";
    public static final String MESSAGE = "must be 8 to 72 characters with at least one letter and one digit";

    private PasswordPolicy() {
    }
}
