package fpms.org.service;

import fpms.common.i18n.Message;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A new password that keeps the rules of {@link PasswordPolicy} that need nothing but the password, checked with the
 * body's other fields; the user name and the last five are checked by the service.
 */
@Constraint(validatedBy = StrongPassword.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface StrongPassword {

    String message() default "{user.password.policy}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<StrongPassword, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            // absent: @NotNull decides; more characters than bytes allowed: @Size does
            Message problem = value == null || value.length() > PasswordPolicy.MAX_BYTES ? null : PasswordPolicy.problem(null, value);
            if (problem == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("{" + problem.key() + "}").addConstraintViolation();
            return false;
        }
    }
}
