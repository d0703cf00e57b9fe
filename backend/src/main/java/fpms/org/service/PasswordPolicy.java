package fpms.org.service;

/** The rule for new passwords, declared once and used by every DTO that sets one. */
public final class PasswordPolicy {

    public static final String REGEXP = "^(?=.*[A-Za-z])(?=.*\\d).{8,72}$";
    /** A catalogue key, as Bean Validation messages name them. */
    public static final String MESSAGE = "{user.password.policy}";

    private PasswordPolicy() {
    }
}
