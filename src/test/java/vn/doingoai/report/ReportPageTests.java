package vn.doingoai.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The report page, its htmx fragment, the dashboard and the national view render, in both languages. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ReportTestConfig.class)
class ReportPageTests {

    @Autowired
    MockMvc mvc;

    String page(MockHttpServletRequestBuilder request) throws Exception {
        String html = mvc.perform(request.with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).doesNotContain("??");
        return html;
    }

    @Test
    void theReportPageShowsTheFiguresBySectionWithLinksAndDownloads() throws Exception {
        String html = page(get("/reports?unit=19&from=2021-01-01&to=2021-09-30"));
        assertThat(html)
                .contains("Tỉnh Thái Nguyên")
                .contains("21,31 tỷ USD")
                .contains("tăng 7,3%")
                .contains("bằng 75,7% kế hoạch")
                .contains("giảm 1,43%")
                .contains("23 tỷ 338 triệu đồng")
                .contains("2.907")
                .contains("href=\"/investments?unit=19\"")
                .contains("/api/v1/reports/summary.docx?unit=19&amp;from=2021-01-01&amp;to=2021-09-30")
                .contains("summary.pdf")
                .contains("summary.xlsx")
                .contains("hx-get=\"/reports\"")
                .contains("Soạn văn bản")
                .contains("name=\"_csrf\"")
                .contains("Giá trị xuất khẩu")
                .contains(ReportTestConfig.KRW_WARNING);
        // the figures by area of the report, numbered as the areas present come
        assertThat(html)
                .contains("I. Ngoại giao chính trị và hợp tác quốc tế cấp địa phương")
                .contains("II. Ngoại giao kinh tế")
                .contains("Công tác lãnh sự");
        // the composer: each section's text as written from the figures, to edit, download or keep as a draft
        assertThat(html)
                .contains("name=\"text.indicator.report.title\"")
                .contains("Tổng giá trị xuất khẩu 9 tháng năm 2021 đạt 21,31 tỷ USD")
                .contains("id=\"save-as-draft\"")
                .contains("href=\"/reports/drafts?unit=19\"");
    }

    @Test
    void anHtmxRequestGetsOnlyTheFigures() throws Exception {
        String html = page(get("/reports?unit=19&kind=nine&year=2021").header("HX-Request", "true"));
        assertThat(html)
                .contains("id=\"report-figures\"")
                .contains("21,31 tỷ USD")
                .doesNotContain("<nav");
        assertThat(html).contains("2021-09-30");
    }

    @Test
    void periodKindsAndDefaults() throws Exception {
        assertThat(page(get("/reports?unit=19&kind=quarter&year=2021&number=3")))
                .contains("2021-07-01", "2021-09-30");
        assertThat(page(get("/reports?unit=19&kind=month&year=2021&number=6"))).contains("2021-06-01", "2021-06-30");
        assertThat(page(get("/reports?unit=19&kind=half&year=2021"))).contains("2021-06-30");
        assertThat(page(get("/reports?unit=19&kind=year&year=2021"))).contains("2021-12-31");
        assertThat(page(get("/reports"))).contains("Việt Nam");
        assertThat(page(get("/reports?unit=19&from=2021-13-01&to=2021-01-01"))).contains("alert-danger");
    }

    @Test
    void englishPagesHaveEnglishLabels() throws Exception {
        String html = page(get("/reports?unit=19&from=2021-01-01&to=2021-09-30&lang=en"));
        assertThat(html).contains("Exports").contains("up 7.3%").contains("Compose the document");
        // the report in English: its sections' texts, and the documents asked for in English
        assertThat(html)
                .contains("Exports in the first 9 months of 2021 reached 21.31 billion USD")
                .contains("II. Economic diplomacy")
                .contains(
                        "summary.docx?unit=19&amp;from=2021-01-01&amp;to=2021-09-30&amp;includeMerged=true&amp;lang=en");
    }

    @Test
    void theDashboardShowsTheMainFiguresAndTheCharts() throws Exception {
        String html = page(get("/"));
        assertThat(html)
                .contains("id=\"main-figures\"")
                .containsPattern("/webjars/echarts/([0-9.]+/)?echarts\\.min\\.js")
                .contains("chart-delegations-byMonth")
                .contains("Năm nay")
                // the charts' data in an attribute, drawn by a script file (no inline script: CSP)
                .containsPattern("data-charts=\"\\[\\{")
                .containsPattern("/js/charts(-[0-9a-f]+)?\\.js"); // versioned by its content
        assertThat(page(get("/js/charts.js"))).contains("animation: false").contains("data-charts");
    }

    @Test
    void theNationalViewRanksTheProvinces() throws Exception {
        String html = page(get("/reports/national?from=2021-01-01&to=2021-09-30&sort=trade.export&dir=desc"));
        assertThat(html)
                .contains("Tỉnh Thái Nguyên")
                .contains("Thành phố Hà Nội")
                .contains("21,31 tỷ USD");
        assertThat(html).doesNotContain("Tỉnh Bắc Kạn"); // dissolved in 2025, merged into Thái Nguyên
        mvc.perform(get("/reports/national?sort=nothing").with(user("admin").roles("ADMIN")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void everyFigureHasALabel() throws IOException {
        Properties vi = new Properties();
        vi.load(new java.io.InputStreamReader(
                new ClassPathResource("i18n/report.properties").getInputStream(),
                java.nio.charset.StandardCharsets.UTF_8));
        for (String key : FigureKeys.ORDER) {
            assertThat(vi).containsKey("figure." + key);
        }
    }
}
