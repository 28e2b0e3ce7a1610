package vn.doingoai.common;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A field of a data shape that names records of another section of the dataset document by their
 * ref or id ({@code @RefersTo("partners") String donor}, or a list of them). It says nothing to the
 * API or the JSON document; the Excel templates offer those records by name in a drop-down list,
 * and a workbook's import resolves a name to its ref.
 */
@Documented
@Target({RECORD_COMPONENT, FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface RefersTo {

    /** The section of the records named: {@code partners}. */
    String value();
}
