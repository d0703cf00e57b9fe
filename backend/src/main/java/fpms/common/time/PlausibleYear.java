package fpms.common.time;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A year of a plan or a query: {@link DateBounds#FIRST_YEAR} to {@link DateBounds#YEARS_AHEAD} years from now (null passes). */
@Target({METHOD, FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = PlausibleYear.Check.class)
public @interface PlausibleYear {

    String message() default "{date.year.range}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Counts "now" with the application's clock. */
    @ApplicationScoped
    class Check implements ConstraintValidator<PlausibleYear, Integer> {

        @Inject
        AppClock clock;

        @Override
        public boolean isValid(Integer year, ConstraintValidatorContext context) {
            return year == null || DateBounds.yearAllowed(year, clock.today());
        }
    }
}
