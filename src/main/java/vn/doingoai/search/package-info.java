/**
 * The global search at {@code /search?q=}: record modules register by implementing {@link
 * vn.doingoai.search.SearchProvider}; the query is folded (lower case, no diacritics) once, so
 * "bac giang" finds "Bắc Giang", and only the units the user may read are searched.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "unit", "user", "web"})
package vn.doingoai.search;
