package vn.doingoai.config;

import org.springframework.aot.AotDetector;
import org.springframework.util.ClassUtils;

/**
 * The packaged application starts from the bean definitions that the build prepared ahead of time
 * (Spring AOT, {@code spring-boot-maven-plugin:process-aot}): no component scan, no parsing of
 * configuration classes and no evaluation of auto-configuration conditions at start. About a sixth
 * of the start's CPU (docs/benchmark.md, "session 7: start").
 *
 * <p>Only in the packaged jar, where the same build made them from the same classes: the tests, and a
 * start from the IDE's or Maven's classes (which may hold definitions made by an older build),
 * configure the application at start as before. {@code -Dspring.aot.enabled=false} does so in the
 * jar too. What
 * the build decided stays decided: an auto-configuration switched on or off by a property (an
 * actuator endpoint exposed, springdoc disabled) follows {@code application.properties} as built;
 * settings that configure a bean (the database's URL, the port, the data directory, the demo) are
 * read at start as always.
 */
public final class AheadOfTime {

    private AheadOfTime() {}

    /** Turns on the prepared definitions of {@code application} if the build made them and nothing says otherwise. */
    public static void useIfBuilt(Class<?> application) {
        if (System.getProperty(AotDetector.AOT_ENABLED) == null && inPackagedJar(application) && built(application)) {
            System.setProperty(AotDetector.AOT_ENABLED, "true");
        }
    }

    /** Loaded by Spring Boot's launcher, that is from {@code java -jar}. */
    static boolean inPackagedJar(Class<?> application) {
        ClassLoader loader = application.getClassLoader();
        return loader != null && loader.getClass().getName().startsWith("org.springframework.boot.loader.");
    }

    static boolean built(Class<?> application) {
        return ClassUtils.isPresent(
                application.getName() + "__ApplicationContextInitializer", application.getClassLoader());
    }
}
