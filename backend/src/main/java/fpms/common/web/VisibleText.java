package fpms.common.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A name people read (a person's, a baby's, a user's, a household's address, an org unit's): when given, at least one
 * visible character — not only spaces, zero-width characters (U+200B–U+200D, U+2060, U+FEFF …), direction marks and
 * overrides (U+200E/F, U+202A–U+202E, U+2066–U+2069) or fillers (U+3164 …), which @NotBlank lets through.
 */
@Constraint(validatedBy = VisibleText.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface VisibleText {

    String message() default "{text.visible}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<VisibleText, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isEmpty() || Texts.isVisible(value); // absent or empty: @NotBlank decides
        }
    }
}
