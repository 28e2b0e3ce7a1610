package vn.doingoai.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * With {@code doingoai.demo=true} (the default), an empty database gets the demo records of
 * {@code demo/demo.dataset.json}: partners, agreements, delegations, events and the rest for two
 * provinces, imported through the same envelope as any document. {@code --doingoai.demo=false}
 * starts empty.
 */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final DatasetService datasets;
    private final ObjectMapper json;
    private final JdbcTemplate jdbc;
    private final boolean enabled;

    DemoData(
            DatasetService datasets,
            ObjectMapper json,
            JdbcTemplate jdbc,
            @Value("${doingoai.demo:true}") boolean enabled) {
        this.datasets = datasets;
        this.json = json;
        this.jdbc = jdbc;
        this.enabled = enabled;
    }

    private boolean hasRecords() {
        Integer records =
                jdbc.queryForObject("select count(*) from record_history where record_type <> 'user'", Integer.class);
        return records == null || records > 0;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!enabled || hasRecords()) {
            return;
        }
        JsonNode document;
        try (InputStream in = new ClassPathResource("demo/demo.dataset.json").getInputStream()) {
            document = json.readTree(in);
        }
        // Only the sections this installation has modules for.
        tools.jackson.databind.node.ObjectNode known = json.createObjectNode();
        for (String name : document.propertyNames()) {
            if (name.equals("format") || datasets.sectionNames().contains(name)) {
                known.set(name, document.get(name));
            }
        }
        var auth = UsernamePasswordAuthenticationToken.authenticated(
                "admin", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN")));
        SecurityContextHolder.getContext().setAuthentication(auth);
        try {
            ImportResult result = datasets.importDocument(known, false);
            log.info("Demo data loaded: {} records", result.created());
        } catch (vn.doingoai.common.InvalidInputException e) {
            log.warn("Demo data not loaded: {}", e.problems());
        } catch (RuntimeException e) {
            // Another instance, started on the same empty database at the same moment, loaded them first.
            if (!hasRecords()) {
                throw e;
            }
            log.info("Demo data loaded by another instance");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
