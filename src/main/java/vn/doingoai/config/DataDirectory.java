package vn.doingoai.config;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes {@code doingoai.data-dir} an absolute path before anything uses it: H2 refuses a file
 * database at a path relative to the working directory, and {@code --doingoai.data-dir=data2}
 * should simply work.
 */
public class DataDirectory implements EnvironmentPostProcessor {

    static final String PROPERTY = "doingoai.data-dir";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String dir = environment.getProperty(PROPERTY);
        if (dir != null && !dir.isBlank()) {
            String absolute = Path.of(dir).toAbsolutePath().normalize().toString();
            environment
                    .getPropertySources()
                    .addFirst(new MapPropertySource("absoluteDataDirectory", Map.of(PROPERTY, absolute)));
        }
    }
}
