/**
 * Users, their roles and the rights that follow: a user is bound to one unit and reads and writes
 * only inside that unit's scope, as the role allows. {@link vn.doingoai.user.Access} is the one
 * place that rule is enforced. Also here: the first admin (no default password exists), hashed
 * passwords and the throttling of failed logins.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "config", "history", "unit"})
package vn.doingoai.user;
