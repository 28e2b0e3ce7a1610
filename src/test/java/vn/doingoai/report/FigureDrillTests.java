package vn.doingoai.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.support.Api;

/**
 * A figure's drill-down reconciles: for every figure of the Thái Nguyên scenario, the records it
 * lists add up to the figure (the total row equals it, counts and money), each record showing its
 * contribution in the period; the report page's figures open their drill-down.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FigureDrillTests {

    private static final String PERIOD = "unit=19&from=2021-01-01&to=2021-09-30";
    /** The drill-down's total row and its value (also read by {@link FastPathOracleTests}). */
    static final Pattern TOTAL = Pattern.compile("class=\"drill-total[^\"]*\" data-total-value=\"([^\"]+)\"");

    private static final Pattern SHOWN = Pattern.compile("id=\"drill-figure\">([^<]*)<");
    private static final Pattern FIGURE_ROW =
            Pattern.compile("<tr data-key=\"([^\"]+)\">.*?<a href=\"([^\"]+)\">([^<]*)</a>", Pattern.DOTALL);

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Test
    void everyFigureOfTheScenarioEqualsTheTotalOfItsRecords() throws Exception {
        Api api = new Api(mvc, json);
        api.importDataset(Api.scenario("thai-nguyen-2021-9m.dataset.json"));
        JsonNode figures =
                api.json(api.get("/api/v1/reports/summary?" + PERIOD)).get("figures");
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, JsonNode> figure : figures.properties()) {
            String key = figure.getKey();
            var response = mvc.perform(get("/reports/figure?key=" + key + "&" + PERIOD)
                            .with(user("admin").roles("ADMIN")))
                    .andReturn()
                    .getResponse();
            if (response.getStatus() != 200) {
                problems.add(key + ": the drill-down answered " + response.getStatus());
                continue;
            }
            String html = response.getContentAsString();
            assertThat(html).as(key).doesNotContain("??");
            Matcher total = TOTAL.matcher(html);
            if (!total.find()) {
                problems.add(key + ": no total row");
                continue;
            }
            BigDecimal value = figure.getValue().get("value").decimalValue();
            BigDecimal sum = new BigDecimal(total.group(1));
            if (sum.compareTo(value) != 0) {
                problems.add(
                        key + " is " + value.toPlainString() + " but its records add up to " + sum.toPlainString());
            }
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(30);
        assertThat(problems).isEmpty();
    }

    @Test
    void theReportPageOpensTheDrillDownWhoseTotalIsTheFigureShown() throws Exception {
        new Api(mvc, json).importDataset(Api.scenario("thai-nguyen-2021-9m.dataset.json"));
        String page = page("/reports?" + PERIOD);
        Matcher row = FIGURE_ROW.matcher(page);
        int opened = 0;
        List<String> problems = new ArrayList<>();
        while (row.find()) {
            String href = HtmlUtils.htmlUnescape(row.group(2));
            if (!href.startsWith("/reports/figure")) {
                continue;
            }
            opened++;
            Matcher shown = SHOWN.matcher(page(href));
            if (!shown.find() || !shown.group(1).trim().equals(row.group(3).trim())) {
                problems.add(row.group(1) + " shows " + row.group(3) + " but its drill-down totals "
                        + (shown.hitEnd() ? "nothing" : shown.group(1)));
            }
        }
        assertThat(opened).isGreaterThan(25);
        assertThat(problems).isEmpty();
    }

    @Test
    void theCapitalRegisteredListsTheIncreasesOfThePeriodNotTheProjectsCapital() throws Exception {
        new Api(mvc, json).importDataset(Api.scenario("thai-nguyen-2021-9m.dataset.json"));
        Matcher link = Pattern.compile(
                        "<tr data-key=\"fdi.capital.registered\">.*?<a href=\"([^\"]+)\">", Pattern.DOTALL)
                .matcher(page("/reports?" + PERIOD));
        assertThat(link.find()).isTrue();
        String html = page(HtmlUtils.htmlUnescape(link.group(1)));
        assertThat(html)
                .contains("Cấp mới")
                .contains("Tăng vốn")
                .contains("Tổng cộng")
                .contains("Mở danh sách")
                .contains("href=\"/investments?unit=19&amp;from=2021-01-01&amp;to=2021-09-30&amp;movement=true\"");
        assertThat(html.replaceAll("<[^>]*>", " ")).doesNotContain("2021-0").contains("01/09/2021");
        String english = page("/reports/figure?key=fdi.capital.registered&" + PERIOD + "&lang=en");
        assertThat(english).contains("Capital increase").contains("Total").doesNotContain("triệu");
    }

    private String page(String url) throws Exception {
        var response = mvc.perform(get(url).with(user("admin").roles("ADMIN")))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsString();
    }
}
