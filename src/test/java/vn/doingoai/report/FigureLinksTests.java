package vn.doingoai.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.support.Api;

/**
 * Every figure can be traced to its records: on the report page of the Thái Nguyên scenario each
 * figure with records behind it links to a list that answers, and where the figure counts records
 * the list shows exactly that many.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FigureLinksTests {

    /** Figures that count the rows of the list they link to. */
    private static final Set<String> COUNTS = Set.of(
            "agreements.signed",
            "agreements.signed.province",
            "agreements.signed.agency",
            "agreements.signed.commune",
            "agreements.inForce",
            "delegations.outgoing",
            "delegations.incoming",
            "events.hosted",
            "events.attended",
            "events.hosted.online",
            "events.attended.online",
            "fdi.projects.new",
            "fdi.projects.adjusted",
            "fdi.projects.active",
            "aid.items.active",
            "aid.items.new",
            "consular.press.visits",
            "consular.protection.cases");

    private static final Pattern ROW = Pattern.compile("<tr data-key=\"([^\"]+)\">(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("<a href=\"([^\"]+)\">([^<]*)</a>");
    private static final Pattern TOTAL =
            Pattern.compile("id=\"list-total\"[^>]*data-total=\"(\\d+)\"|data-total=\"(\\d+)\"[^>]*id=\"list-total\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @ParameterizedTest
    @CsvSource({"2021-01-01, 2021-09-30", "2021-01-01, 2021-06-30"})
    void everyFigureLeadsToTheRecordsItCounts(String from, String to) throws Exception {
        new Api(mvc, json).importDataset(Api.scenario("thai-nguyen-2021-9m.dataset.json"));
        var admin = user("admin").roles("ADMIN");
        String page = mvc.perform(get("/reports?unit=19&kind=range&from=" + from + "&to=" + to)
                        .with(admin))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> problems = new ArrayList<>();
        int linked = 0;
        Matcher row = ROW.matcher(page);
        while (row.find()) {
            String key = row.group(1);
            Matcher link = LINK.matcher(row.group(2));
            if (!link.find()) {
                continue;
            }
            linked++;
            String href = HtmlUtils.htmlUnescape(link.group(1));
            var response = mvc.perform(get(href).with(admin)).andReturn().getResponse();
            if (response.getStatus() != 200) {
                problems.add(key + " → " + href + " answered " + response.getStatus());
                continue;
            }
            if (COUNTS.contains(key)) {
                long figure = Long.parseLong(link.group(2).trim().replace(".", ""));
                Matcher total = TOTAL.matcher(response.getContentAsString());
                if (!total.find()) {
                    problems.add(key + " → " + href + " shows no total");
                } else {
                    long rows = Long.parseLong(total.group(1) != null ? total.group(1) : total.group(2));
                    if (rows != figure) {
                        problems.add(key + " is " + figure + " but " + href + " lists " + rows);
                    }
                }
            }
        }
        assertThat(linked).isGreaterThan(10);
        assertThat(problems).isEmpty();
    }
}
