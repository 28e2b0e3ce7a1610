package vn.doingoai.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.support.Api;

/**
 * Figures are cached under the data version (summary, dashboard, national view), and a write raises
 * the version in its own transaction: the very next request shows it, however often the same
 * figures were asked for before.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FiguresNeverLagTests {

    static final String UNIT = "92";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json);
    }

    @Test
    void aWriteIsInTheNextSummary() throws Exception {
        String url = "/api/v1/reports/summary?unit=" + UNIT + "&from=2023-01-01&to=2023-12-31";
        BigDecimal before = outgoing(url);
        assertThat(outgoing(url)).isEqualByComparingTo(before);

        long id = approvedDelegation("2023-05-02", "Đoàn đi Hàn Quốc (bộ nhớ đệm)");
        assertThat(outgoing(url)).isEqualByComparingTo(before.add(BigDecimal.ONE));

        api.delete("/api/v1/delegations/" + id).andExpect(status().isNoContent());
        assertThat(outgoing(url)).isEqualByComparingTo(before);
    }

    @Test
    void aWriteIsOnTheNextDashboardAndNationalView() throws Exception {
        LocalDate today = LocalDate.now();
        String national = "/reports/national?from=" + today.withDayOfYear(1) + "&to=" + today;
        BigDecimal onDashboard = dashboardOutgoing();
        BigDecimal inNationalView = nationalOutgoing(national);
        assertThat(dashboardOutgoing()).isEqualByComparingTo(onDashboard);

        approvedDelegation(today.toString(), "Đoàn đi Nhật Bản (bộ nhớ đệm)");

        assertThat(dashboardOutgoing()).isEqualByComparingTo(onDashboard.add(BigDecimal.ONE));
        assertThat(nationalOutgoing(national)).isEqualByComparingTo(inNationalView.add(BigDecimal.ONE));
    }

    @Test
    void aWriteIsInTheNextCountsOfAList() throws Exception {
        String list = "/delegations?unit=" + UNIT + "&from=2023-01-01&to=2023-12-31";
        long before = delegationsCounted(list);
        assertThat(delegationsCounted(list + "&page=0")).isEqualTo(before);

        approvedDelegation("2023-07-03", "Đoàn đi Singapore (đếm)");

        assertThat(delegationsCounted(list)).isEqualTo(before + 1);
    }

    /** The list page's count of delegations (its model's {@code counts}). */
    private long delegationsCounted(String url) throws Exception {
        Object counts = mvc.perform(get(url).with(user(Api.ADMIN).roles("ADMIN")))
                .andExpect(status().isOk())
                .andReturn()
                .getModelAndView()
                .getModel()
                .get("counts");
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("delegations=(\\d+)").matcher(String.valueOf(counts));
        assertThat(m.find()).as(String.valueOf(counts)).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void everyWriteTransactionRaisesTheVersionButSignInCountersDoNot() throws Exception {
        long start = version();
        approvedDelegation("2023-06-01", "Đoàn đi Lào (phiên bản)");
        long afterWrite = version();
        assertThat(afterWrite).isEqualTo(start + 1);

        api.as("admin", "wrong password").get("/api/v1/me").andExpect(status().isUnauthorized());
        assertThat(version()).isEqualTo(afterWrite);
    }

    /** The committed version, as another instance sharing the database would read it. */
    private long version() {
        return jdbc.queryForObject("select version from data_version where id = 1", Long.class);
    }

    private long approvedDelegation(String start, String title) throws Exception {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("unit", UNIT);
        d.put("direction", "OUTGOING");
        d.put("title", title);
        d.put("countries", List.of("KR"));
        d.put("startDate", start);
        d.put("endDate", start);
        d.put("status", "APPROVED");
        return api.json(api.post("/api/v1/delegations", d).andExpect(status().isCreated()))
                .get("id")
                .asLong();
    }

    private BigDecimal outgoing(String url) throws Exception {
        return api.json(api.get(url).andExpect(status().isOk()))
                .get("figures")
                .get("delegations.outgoing")
                .get("value")
                .decimalValue();
    }

    /** The dashboard's figure as shown (the page may be the kept answer: read from its HTML, not its model). */
    private BigDecimal dashboardOutgoing() throws Exception {
        return shown(page("/"), "data-key=\"delegations.outgoing\">.*?fw-semibold\">\\s*<a[^>]*>([^<]*)</a>");
    }

    private BigDecimal nationalOutgoing(String url) throws Exception {
        return shown(
                page(url),
                "data-unit=\"" + UNIT + "\">.*?data-key=\"delegations.outgoing\">\\s*<(?:a|span)[^>]*>([^<]*)</");
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(user(Api.ADMIN).roles("ADMIN")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** A number as a page shows it ({@code 1.234}). */
    private static BigDecimal shown(String html, String pattern) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(pattern, java.util.regex.Pattern.DOTALL)
                .matcher(html);
        assertThat(m.find()).as(pattern).isTrue();
        return new BigDecimal(m.group(1).trim().replace(".", "").replace(",", "."));
    }
}
