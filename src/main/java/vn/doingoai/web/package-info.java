/**
 * The web shell: the security configuration (form login with CSRF for pages, HTTP Basic for the
 * API), the language switch and the message files, the layout, error pages and RFC 9457 problem
 * details for the API.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "config", "history", "unit", "user"})
package vn.doingoai.web;
