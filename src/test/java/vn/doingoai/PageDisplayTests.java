package vn.doingoai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.support.Api;

/**
 * What an officer meets daily: empty lists that say what is empty, a pager with first, last,
 * numbered pages and the page size, Excel exports with typed and formatted cells, units by name,
 * error pages with the menu, the dashboard's to-do list grouped by kind, the report's period form.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PageDisplayTests {

    /** An agency of this test's own, under Huế. */
    static final String UNIT = "DSP-46B";

    static final String UNIT_NAME = "Ban Hiển thị danh sách";

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
        mvc.perform(post("/units")
                        .param("code", UNIT)
                        .param("name", UNIT_NAME)
                        .param("level", "AGENCY")
                        .param("parent", "46")
                        .with(ADMIN)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        for (int i = 1; i <= 25; i++) {
            api.post(
                            "/api/v1/press-visits",
                            Map.of(
                                    "ref",
                                    "dsp-pv-" + i,
                                    "unit",
                                    UNIT,
                                    "startDate",
                                    String.format("2021-04-%02d", i),
                                    "countries",
                                    List.of("JP"),
                                    "members",
                                    1000 + i,
                                    "agency",
                                    "Báo hiển thị " + i))
                    .andExpect(status().isCreated());
        }
        for (int i = 1; i <= 7; i++) {
            api.post(
                            "/api/v1/delegations",
                            Map.of(
                                    "ref", "dsp-wait-" + i,
                                    "unit", UNIT,
                                    "direction", "OUTGOING",
                                    "title", "Đoàn chờ duyệt hiển thị " + i,
                                    "startDate", "2031-05-0" + i))
                    .andExpect(status().isCreated());
        }
        api.post(
                        "/api/v1/users",
                        Map.of("username", "dsp-viewer", "password", "dsp-viewer-pw", "role", "VIEWER", "unit", UNIT))
                .andExpect(status().isCreated());
    }

    String page(MockHttpServletRequestBuilder request, RequestPostProcessor who, int status) throws Exception {
        var response = mvc.perform(request.with(who)).andReturn().getResponse();
        assertThat(response.getStatus()).as(request.toString()).isEqualTo(status);
        String html = response.getContentAsString();
        assertThat(html).doesNotContain("??");
        return html;
    }

    @Test
    void anEmptyListSaysWhatIsEmptyAndOffersTheResetAndTheNewButton() throws Exception {
        String html = page(get("/consular/press-visits?unit=" + UNIT + "&q=no-such-visit"), ADMIN, 200);
        assertThat(html)
                .contains("id=\"list-empty\"")
                .contains("Không có bản ghi nào trong “Phóng viên nước ngoài” khớp với bộ lọc đang chọn.")
                .contains("href=\"/consular/press-visits\"")
                .contains("href=\"/consular/press-visits/new\"")
                .doesNotContain("<table class=\"table table-sm table-striped");
        String viewer =
                page(get("/consular/press-visits?unit=" + UNIT + "&q=no-such-visit&lang=en"), user("dsp-viewer"), 200);
        assertThat(viewer)
                .contains("No record in “Foreign press visits” matches the filters.")
                .doesNotContain("href=\"/consular/press-visits/new\"");
    }

    @Test
    void thePagerOffersFirstLastNumberedPagesAndThePageSize() throws Exception {
        String html = page(get("/consular/press-visits?unit=" + UNIT + "&size=5&page=2"), ADMIN, 200);
        assertThat(html)
                .contains("data-total=\"25\"")
                .contains("rel=\"first\"")
                .contains("rel=\"last\"")
                .containsPattern("href=\"[^\"]*page=4[^\"]*\"[^>]*rel=\"last\"")
                .containsPattern("aria-current=\"page\"[^>]*>3</a>|>3</a>")
                .containsPattern("href=\"[^\"]*size=50[^\"]*\"")
                .contains(UNIT_NAME)
                .doesNotContain(">" + UNIT + "<")
                .doesNotContain("id=\"list-empty\"");
        Matcher numbers = Pattern.compile("class=\"page-link\" href=\"[^\"]*page=(\\d)[^\"]*\"[^>]*>(\\d)</a>")
                .matcher(html);
        StringBuilder shown = new StringBuilder();
        while (numbers.find()) {
            shown.append(numbers.group(2));
        }
        assertThat(shown.toString()).isEqualTo("12345");
    }

    @Test
    void excelExportsHaveTypedFormattedCellsUnitNamesAndAFrozenBoldHeader() throws Exception {
        byte[] bytes = mvc.perform(
                        get("/consular/press-visits?format=xlsx&unit=" + UNIT).with(ADMIN))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            Row header = sheet.getRow(0);
            assertThat(book.getFontAt(header.getCell(0).getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();
            int date = -1;
            int unit = -1;
            int members = -1;
            for (int c = 0; c < header.getLastCellNum(); c++) {
                switch (header.getCell(c).getStringCellValue()) {
                    case "Ngày đến" -> date = c;
                    case "Đơn vị" -> unit = c;
                    case "Số thành viên" -> members = c;
                    default -> {}
                }
                assertThat(sheet.getColumnWidth(c)).isGreaterThanOrEqualTo(8 * 256);
            }
            Row first = sheet.getRow(1);
            assertThat(first.getCell(date).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(first.getCell(date))).isTrue();
            assertThat(first.getCell(date).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(first.getCell(unit).getStringCellValue()).isEqualTo(UNIT_NAME);
            assertThat(first.getCell(members).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(members).getCellStyle().getDataFormatString())
                    .isEqualTo("#,##0");
        }
    }

    @Test
    void theReportWorkbookDatesItsSheetsTheWayPagesDo() throws Exception {
        byte[] bytes = api.get("/api/v1/reports/summary.xlsx?unit=46&from=2021-01-01&to=2021-09-30")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).endsWith("01/01/2021 – 30/09/2021");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        }
    }

    @Test
    void errorPagesHaveTheMenu() throws Exception {
        for (var request : List.of(
                new Object[] {get("/partners/987654321"), ADMIN, 404},
                new Object[] {get("/reports/national?sort=nothing"), ADMIN, 400},
                new Object[] {get("/units"), user("dsp-viewer"), 403},
                new Object[] {get("/partners/987654321?lang=en"), ADMIN, 404})) {
            String html = page(
                    (MockHttpServletRequestBuilder) request[0], (RequestPostProcessor) request[1], (int) request[2]);
            assertThat(html)
                    .as(request[0].toString())
                    .contains("class=\"navbar-nav me-auto\"")
                    .contains("href=\"/partners\"")
                    .contains("href=\"/reports\"")
                    .contains("class=\"error-page\"");
        }
        assertThat(page(get("/partners/987654321"), ADMIN, 404)).contains("Không tìm thấy trang");
        // a figure's records are read with the same rights as the figure
        page(
                get("/reports/figure?key=delegations.outgoing&unit=01&from=2021-01-01&to=2021-12-31"),
                user("dsp-viewer"),
                403);
        page(get("/reports/figure?key=no.such.figure&unit=01&from=2021-01-01&to=2021-12-31"), ADMIN, 404);
        page(get("/reports/figure?key=delegations.outgoing&unit=01&from=2021-13-01&to=2021-12-31"), ADMIN, 400);
        assertThat(page(get("/units"), user("dsp-viewer"), 403)).contains("Không có quyền truy cập");
    }

    @Test
    void theDashboardGroupsItsToDoListByKindWithCountsAndLinks() throws Exception {
        String html = page(get("/"), ADMIN, 200);
        Matcher group = Pattern.compile(
                        "data-kind=\"attention.delegation.waiting\" data-count=\"(\\d+)\"(.*?)</section>",
                        Pattern.DOTALL)
                .matcher(html);
        assertThat(group.find()).isTrue();
        assertThat(Integer.parseInt(group.group(1))).isGreaterThanOrEqualTo(7);
        String body = group.group(2);
        assertThat(Pattern.compile("class=\"list-group-item\"")
                        .matcher(body)
                        .results()
                        .count())
                .isEqualTo(5);
        assertThat(body).contains("href=\"/delegations?status=PROPOSED&amp;sort=startDate,asc\"");
        assertThat(page(get("/delegations?status=PROPOSED&sort=startDate,asc&unit=" + UNIT), ADMIN, 200))
                .contains("data-total=\"7\"");
    }

    @Test
    void theReportFormKeepsThePeriodAndShowsOnlyTheControlsOfItsKind() throws Exception {
        String nine = page(get("/reports?unit=19&from=2021-01-01&to=2021-09-30"), ADMIN, 200);
        assertThat(nine)
                .containsPattern("<option value=\"nine\" selected=\"selected\"")
                .containsPattern("<option value=\"2021\" selected=\"selected\">2021</option>")
                .containsPattern("data-period-for=\"range\" hidden=\"hidden\"")
                .containsPattern("data-period-for=\"month\" hidden=\"hidden\"")
                .containsPattern("id=\"from\" name=\"from\"[^>]*value=\"01/01/2021\" disabled=\"disabled\"")
                .contains("từ 01/01/2021 đến 30/09/2021");
        String month = page(get("/reports?unit=19&kind=month&year=2021&number=6"), ADMIN, 200);
        assertThat(month)
                .containsPattern("<div class=\"col-md-1\" data-period-for=\"month\">")
                .containsPattern("id=\"number-month\" name=\"number\" class=\"form-select\">")
                .containsPattern("id=\"number-quarter\" name=\"number\" class=\"form-select\" disabled=\"disabled\"")
                .contains("<option value=\"6\" selected=\"selected\">6</option>");
        String range = page(get("/reports?unit=19&kind=range&from=2021-02-03&to=2021-05-06"), ADMIN, 200);
        assertThat(range)
                .containsPattern("<div class=\"col-md-2\" data-period-for=\"range\">")
                .containsPattern("data-period-for=\"month quarter half nine year\" hidden=\"hidden\"");
    }
}
