package vn.doingoai.common;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A field that holds a country code: once trimmed and in upper case ({@link Countries#code}) two
 * letters, so that it fits its column; empty is allowed (say {@code @NotBlank} when it is not).
 * Whether the code is one of ISO 3166-1 is the services' check ({@link Countries#isValid}), made
 * with the record's other checks so that every problem is reported at once.
 */
@Documented
@Constraint(validatedBy = CountryCode.Check.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface CountryCode {

    String message() default "{validation.country.unknown}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check itself. */
    class Check implements ConstraintValidator<CountryCode, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return Text.isBlank(value) || Countries.code(value).matches("\\p{Alpha}{2}");
        }
    }
}
