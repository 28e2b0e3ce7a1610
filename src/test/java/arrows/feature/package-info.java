/** A feature that may depend on the kernel. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "kernel")
package arrows.feature;
