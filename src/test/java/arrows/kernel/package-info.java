/** A kernel that may depend on nothing. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package arrows.kernel;
