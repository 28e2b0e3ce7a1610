package vn.doingoai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Every page of the navigation renders for an admin, in Vietnamese and in English, with no text
 * missing from the message files (Thymeleaf writes "??key_vi??"), no duplicate element id, and a
 * label for every visible form control.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PagesTests {

    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");
    private static final Pattern CONTROL = Pattern.compile("<(input|select|textarea)\\b([^>]*)>");
    private static final Pattern LABEL_FOR = Pattern.compile("<label[^>]*\\sfor=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/partners",
                "/partners/new",
                "/agreements",
                "/agreements/new",
                "/delegations",
                "/delegations/new",
                "/delegations/people",
                "/events",
                "/events/new",
                "/investments",
                "/investments/new",
                "/aid",
                "/aid/new",
                "/indicators",
                "/indicators/values",
                "/indicators/entry?unit=01&year=2026",
                "/exchange-rates",
                "/consular",
                "/consular/entry-approvals",
                "/consular/entry-approvals/new",
                "/consular/citizen-support",
                "/consular/citizen-support/new",
                "/consular/press-visits",
                "/consular/press-visits/new",
                "/consular/protection-cases",
                "/consular/protection-cases/new",
                "/reports",
                "/reports/national",
                "/reports/figure?key=fdi.capital.registered&unit=01&from=2021-01-01&to=2021-12-31",
                "/dataset",
                "/units",
                "/users",
                "/search?q=bac giang"
            })
    void rendersCompletelyInBothLanguages(String path) throws Exception {
        for (String lang : List.of("vi", "en")) {
            String url = path + (path.contains("?") ? "&" : "?") + "lang=" + lang;
            MvcResult result =
                    mvc.perform(get(url).with(user("admin").roles("ADMIN"))).andReturn();
            assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
            String html = result.getResponse().getContentAsString();
            assertThat(html).as(url + " has a missing message").doesNotContain("??");
            assertThat(duplicateIds(html)).as(url + " has duplicate ids").isEmpty();
            assertThat(unlabelled(html))
                    .as(url + " has controls without a label")
                    .isEmpty();
        }
    }

    private static List<String> duplicateIds(String html) {
        Set<String> seen = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        Matcher m = ID.matcher(html);
        while (m.find()) {
            if (!seen.add(m.group(1))) {
                duplicates.add(m.group(1));
            }
        }
        return duplicates;
    }

    private static List<String> unlabelled(String html) {
        Set<String> labelled = new HashSet<>();
        Matcher l = LABEL_FOR.matcher(html);
        while (l.find()) {
            labelled.add(l.group(1));
        }
        List<String> missing = new ArrayList<>();
        Matcher c = CONTROL.matcher(html);
        while (c.find()) {
            String attributes = c.group(2);
            if (attributes.contains("type=\"hidden\"")
                    || attributes.contains("type=\"submit\"")
                    || attributes.contains("aria-label=")
                    || attributes.contains("aria-labelledby=")) {
                continue;
            }
            Matcher id = ID.matcher(" " + attributes);
            if (!id.find() || !labelled.contains(id.group(1))) {
                missing.add(c.group(0));
            }
        }
        return missing;
    }
}
