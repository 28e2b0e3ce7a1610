package vn.doingoai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text of the pages comes from the message files: each file has its English twin with the
 * same keys, and every key a template names exists in both languages. (Keys built at run time,
 * such as enum labels, are checked by the page tests, which fail on Thymeleaf's "??key??".)
 */
class MessagesTests {

    private static final Path I18N = Path.of("src/main/resources/i18n");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)\\s*[(}]");

    @Test
    void everyMessageFileHasTheSameKeysInBothLanguages() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(I18N)) {
            for (Path vi :
                    files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
                String name = vi.getFileName().toString().replace(".properties", "");
                Path en = I18N.resolve(name + "_en.properties");
                if (!Files.exists(en)) {
                    problems.add(en + " is missing");
                    continue;
                }
                Set<String> viKeys = keys(vi);
                Set<String> enKeys = keys(en);
                for (String k : viKeys) {
                    if (!enKeys.contains(k)) {
                        problems.add(name + "_en lacks " + k);
                    }
                }
                for (String k : enKeys) {
                    if (!viKeys.contains(k)) {
                        problems.add(name + " (vi) lacks " + k);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Set<String> vi = new TreeSet<>();
        Set<String> en = new TreeSet<>();
        try (Stream<Path> files = Files.list(I18N)) {
            for (Path file : files.toList()) {
                (file.getFileName().toString().endsWith("_en.properties") ? en : vi).addAll(keys(file));
            }
        }
        List<String> missing = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(TEMPLATES)) {
            for (Path template :
                    templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = KEY.matcher(Files.readString(template));
                while (m.find()) {
                    String key = m.group(1);
                    if (!vi.contains(key) || !en.contains(key)) {
                        missing.add(TEMPLATES.relativize(template) + ": " + key);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Set<String> keys(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
