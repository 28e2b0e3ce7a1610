package vn.doingoai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.support.Api;

/**
 * Pages and the search name units, countries and amounts in words, never by their codes: the
 * global search's consular, FDI and aid hits (in both languages), the users' list, the units page's
 * mergers, and the unit choice of the report page and of the reader of old reports, which are
 * searchable pickers labelled like every other. An agency of this test's own under Hà Tĩnh.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NamesNotCodesTests {

    static final String UNIT = "S10-42N";

    static final String UNIT_NAME = "Ban Tên không mã";

    static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    Api api;

    @BeforeEach
    void records() throws Exception {
        api = new Api(mvc, json);
        if (mvc.perform(get("/api/v1/units/" + UNIT).with(ADMIN))
                        .andReturn()
                        .getResponse()
                        .getStatus()
                == 200) {
            return;
        }
        api.post("/api/v1/units", Map.of("code", UNIT, "parent", "42", "level", "AGENCY", "name", UNIT_NAME))
                .andExpect(status().isCreated());
        api.post(
                        "/api/v1/entry-approvals",
                        Map.of(
                                "unit",
                                UNIT,
                                "decidedOn",
                                "2024-03-05",
                                "approved",
                                12,
                                "received",
                                10,
                                "country",
                                "KR",
                                "decisionNumber",
                                "QĐ-khongma-1"))
                .andExpect(status().isCreated());
        api.post(
                        "/api/v1/protection-cases",
                        Map.of("unit", UNIT, "openedOn", "2024-03-06", "country", "LA", "summary", "Vụ khongma bảo hộ"))
                .andExpect(status().isCreated());
        api.post(
                        "/api/v1/press-visits",
                        Map.of(
                                "unit",
                                UNIT,
                                "startDate",
                                "2024-03-07",
                                "countries",
                                List.of("JP"),
                                "agency",
                                "Báo khongma"))
                .andExpect(status().isCreated());
        api.post(
                        "/api/v1/citizen-support",
                        Map.of(
                                "unit",
                                UNIT,
                                "paidOn",
                                "2024-03-08",
                                "persons",
                                3,
                                "programme",
                                "Chương trình khongma",
                                "amount",
                                Map.of("amount", 72500000, "currency", "VND")))
                .andExpect(status().isCreated());
        api.post(
                        "/api/v1/investments",
                        Map.of(
                                "unit", UNIT,
                                "name", "Dự án khongma",
                                "country", "KR",
                                "registeredOn", "2024-03-09",
                                "capital", Map.of("amount", 72500000, "currency", "USD"),
                                "status", "ACTIVE"))
                .andExpect(status().isCreated());
        api.post("/api/v1/news", Map.of("unit", UNIT, "language", "en", "title", "Tin khongma", "status", "DRAFT"))
                .andExpect(status().isCreated());
    }

    String page(MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request.with(ADMIN)).andReturn().getResponse();
        assertThat(response.getStatus()).as(request.toString()).isEqualTo(200);
        return response.getContentAsString();
    }

    /** The search's hits as "title | detail" lines, from the API. */
    List<String> hits(String q, String lang) throws Exception {
        JsonNode hits = api.json(api.get("/api/v1/search?q=" + q + (lang == null ? "" : "&lang=" + lang))
                .andExpect(status().isOk()));
        return hits.valueStream()
                .map(h -> h.get("title").asString() + " | " + h.get("detail").asString())
                .toList();
    }

    @Test
    void searchHitsNameTheirUnitsAndCountries() throws Exception {
        List<String> vi = hits("khongma", null);
        assertThat(vi)
                .contains(
                        "QĐ-khongma-1 · 12 | 05/03/2024 · " + UNIT_NAME + " · Hàn Quốc",
                        "Vụ khongma bảo hộ | 06/03/2024 · " + UNIT_NAME + " · Lào",
                        "Báo khongma | 07/03/2024 · " + UNIT_NAME + " · Nhật Bản",
                        "Chương trình khongma · 72,5 triệu đồng | 08/03/2024 · " + UNIT_NAME,
                        "Dự án khongma | 09/03/2024 · 72,5 triệu USD · " + UNIT_NAME,
                        "Tin khongma | " + UNIT_NAME + " · Tiếng Anh");
        assertThat(String.join("\n", vi))
                .doesNotContain(UNIT)
                .doesNotContain(" KR")
                .doesNotContain(" LA");
        assertThat(hits("khongma", "en"))
                .contains(
                        "Vụ khongma bảo hộ | 06/03/2024 · " + UNIT_NAME + " · Laos",
                        "Dự án khongma | 09/03/2024 · 72.5 million USD · " + UNIT_NAME);
        assertThat(page(get("/search?q=khongma")))
                .contains(UNIT_NAME + " · Hàn Quốc")
                .doesNotContain("· " + UNIT + " ");
    }

    @Test
    void theReportPageAndTheReaderOfOldReportsPickUnitsByName() throws Exception {
        for (String path : List.of("/reports?unit=42", "/indicators/read?unit=42")) {
            String html = page(get(path));
            Matcher select = Pattern.compile("<select[^>]*\\bid=\"unit\"[^>]*>").matcher(html);
            assertThat(select.find()).as(path).isTrue();
            assertThat(select.group()).as(path).contains("data-picker");
            assertThat(html)
                    .as(path)
                    .containsPattern(
                            "<option value=\"42\" data-search=\"42 tinh ha tinh\"[^>]*selected[^>]*>42 · Tỉnh Hà Tĩnh</option>");
        }
    }

    @Test
    void theAgreementsExportNamesItsPartners() throws Exception {
        api.post(
                "/api/v1/partners",
                Map.of(
                        "ref",
                        "s10-names-p1",
                        "kind",
                        "FOREIGN_LOCALITY",
                        "name",
                        "Khongma Province",
                        "nameVi",
                        "Tỉnh Khongma",
                        "country",
                        "LA",
                        "unit",
                        UNIT)); // a unit's own partner: other units' exports do not carry it
        api.post(
                        "/api/v1/agreements",
                        Map.of(
                                "unit", UNIT,
                                "level", "AGENCY",
                                "title", "Thỏa thuận khongma",
                                "partners", List.of("s10-names-p1"),
                                "status", "PROPOSED"))
                .andExpect(status().isCreated());
        byte[] xlsx = mvc.perform(get("/agreements?format=xlsx&unit=" + UNIT).with(ADMIN))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            List<String> headers = new java.util.ArrayList<>();
            sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            int partners = headers.indexOf("Đối tác nước ngoài");
            assertThat(partners).as(headers.toString()).isNotNegative();
            assertThat(sheet.getRow(1).getCell(partners).getStringCellValue()).isEqualTo("Tỉnh Khongma");
        }
        // and the partner pickers name the partner's country
        assertThat(page(get("/agreements/new"))).contains(">Tỉnh Khongma (Lào)</option>");
        assertThat(page(get("/agreements/new?lang=en"))).contains(">Tỉnh Khongma (Laos)</option>");
    }

    @Test
    void theDashboardsChartsNameCountries() throws Exception {
        // the FDI capital by country of the active projects, this one among them
        assertThat(page(get("/"))).contains("&quot;Hàn Quốc&quot;").doesNotContain("&quot;KR&quot;");
        assertThat(page(get("/?lang=en"))).contains("&quot;South Korea&quot;");
    }

    @Test
    void indicatorsNameTheirUnitOfMeasure() throws Exception {
        assertThat(page(get("/indicators")))
                .containsPattern("grdp.growth</code></td>\\s*<td>[^<]*</td>\\s*<td>[^<]*</td>\\s*<td>%</td>")
                .doesNotContain("<td>PERCENT</td>");
        assertThat(page(get("/indicators/entry?unit=42"))).contains("(%)").doesNotContain("(PERCENT)");
    }

    @Test
    void usersAndMergersAreNamed() throws Exception {
        api.post(
                        "/api/v1/users",
                        Map.of(
                                "username",
                                "s10-names-user",
                                "password",
                                "s10-names-pw",
                                "role",
                                "VIEWER",
                                "unit",
                                UNIT))
                .andExpect(status().isCreated());
        String users = page(get("/users"));
        assertThat(users).containsPattern("s10-names-user</a></td>[\\s\\S]*?<td>" + UNIT_NAME + "</td>");
        assertThat(users).doesNotContain("<td>" + UNIT + "</td>").doesNotContain("<td>VN</td>");
        // Hà Giang (02) was merged into Tuyên Quang (08)
        assertThat(page(get("/units")))
                .contains("Sáp nhập vào Tỉnh Tuyên Quang sau ngày 30/06/2025")
                .doesNotContain("Sáp nhập vào 08 ");
    }
}
