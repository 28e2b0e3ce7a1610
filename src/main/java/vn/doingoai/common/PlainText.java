package vn.doingoai.common;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The one rule for every text of a record, on the API, the pages and the dataset document alike:
 * at most {@link #max()} characters (the length of its column), and no control character but tab,
 * carriage return and line feed (PostgreSQL refuses U+0000, and none of them belongs in a record).
 * Every {@code String} of a data shape carries it, a list's elements too ({@code
 * List<@PlainText(max = 200) String>}); {@code FormInputTests} checks that none is left out.
 */
@Size(message = "{validation.tooLong}")
@Pattern(regexp = "[\\P{Cc}\\t\\n\\r]*", message = "{validation.controlCharacter}")
@Documented
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface PlainText {

    /** The length of the text's column. */
    @OverridesAttribute(constraint = Size.class, name = "max")
    int max();

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
