package vn.doingoai.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a page or an API read whose answer depends only on the records (under the data version),
 * the signed-in user, its address, its language, htmx or not, and the day: {@link KeptAnswers}
 * gives it again to the same user until a write. An answer that shows anything else (users,
 * backups, files on disk) is not marked; a message after a save is never kept.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface KeptAnswer {}
