package vn.doingoai.indicator.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.support.Api;

/** The review page: read a report, correct and accept its figures, save them as indicator values. Unit 49. */
@SpringBootTest
@AutoConfigureMockMvc
class FigureReviewPageTests {

    private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
    private static final String SEED = "seeds/004_18343bb76387200d.txt";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json);
    }

    private String page(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(ADMIN).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("??"))))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void thePageIsLinkedFromTheIndicatorsAndSpeaksBothLanguages() throws Exception {
        assertThat(page(get("/indicators")))
                .contains("href=\"/indicators/read\"")
                .contains("Đọc số liệu từ báo cáo");
        assertThat(page(get("/indicators/read")))
                .contains("Đọc số liệu từ báo cáo")
                .contains("name=\"period\"");
        assertThat(page(get("/indicators/read?lang=en"))).contains("Read figures from a report");
    }

    @Test
    void theFiguresOfAPastedReportAreShownBesideTheirSentences() throws Exception {
        String html = page(post("/indicators/read")
                .param("unit", "49")
                .param("period", "2021-9M")
                .param("text", Api.resource(SEED)));
        assertThat(html)
                .contains("Tìm thấy 5 số liệu")
                .contains("<mark>21,31 tỷ USD</mark>")
                .contains("<mark>bằng 75,7% kế hoạch cả năm</mark>")
                .contains("value=\"21.310.000.000\"")
                .contains("value=\"28.150.000.000\"")
                .contains("name=\"rows[4].value\"")
                .contains("Suy ra")
                .contains("21.310.000.000 ÷ 0,757");
        String english = page(post("/indicators/read?lang=en")
                .param("unit", "49")
                .param("period", "2021-9M")
                .param("text", Api.resource(SEED)));
        assertThat(english).contains("5 figures found").contains("Derived");
        assertThat(page(post("/indicators/read")
                        .param("unit", "49")
                        .param("period", "2021-9M")
                        .param("text", "Không có số liệu nào ở đây.")))
                .contains("Không tìm thấy số liệu nào");
    }

    @Test
    void anUploadedDocxIsReadLikeItsText() throws Exception {
        byte[] docx = FigureReadingApiTests.docx(Api.resource(SEED).split("\n"), null);
        String html = page(multipart("/indicators/read")
                .file(new MockMultipartFile("file", "bao-cao.docx", ReportText.DOCX, docx))
                .param("unit", "49")
                .param("period", "2021-9M"));
        assertThat(html).contains("Tìm thấy 5 số liệu").contains("<mark>12,28 tỷ USD</mark>");
        String bomb = page(multipart("/indicators/read")
                .file(new MockMultipartFile("file", "bom.docx", ReportText.DOCX, FigureReadingApiTests.zipBomb()))
                .param("unit", "49")
                .param("period", "2021-9M"));
        assertThat(bomb).contains("invalid-feedback").contains("giải nén quá lớn");
    }

    @Test
    void badInputIsShownBesideItsFieldWithTheTypedValuesKept() throws Exception {
        String html = page(post("/indicators/read")
                .param("unit", "49")
                .param("period", "2021-H3")
                .param("text", "Xuất khẩu đạt 2 tỷ USD."));
        assertThat(html)
                .contains("is-invalid")
                .contains("value=\"2021-H3\"")
                .contains("Xuất khẩu đạt 2 tỷ USD.</textarea>")
                .contains("Kỳ không hợp lệ");
        assertThat(page(post("/indicators/read")
                        .param("unit", "49")
                        .param("period", "2021")
                        .param("text", "")))
                .contains("Chưa có nội dung báo cáo");
    }

    @Test
    void acceptedFiguresAreSavedAsIndicatorValuesNewOnesCreatedKnownOnesUpdated() throws Exception {
        String sentence = "Tổng giá trị xuất khẩu hàng hóa 9 tháng năm 2019 đạt 21,31 tỷ USD.";
        MvcResult saved = mvc.perform(post("/indicators/read/save")
                        .with(ADMIN)
                        .with(csrf())
                        .param("unit", "49")
                        .param("period", "2019-9M")
                        .param("rows[0].accept", "true")
                        .param("rows[0].indicator", "trade.export")
                        .param("rows[0].period", "2019-9M")
                        .param("rows[0].kind", "ACTUAL")
                        .param("rows[0].value", "21.310.000.000")
                        .param("rows[0].text", sentence)
                        .param("rows[1].indicator", "trade.export")
                        .param("rows[1].period", "2018-9M")
                        .param("rows[1].kind", "ACTUAL")
                        .param("rows[1].value", "19.860.000.000")
                        .param("rows[2].accept", "true")
                        .param("rows[2].indicator", "trade.export")
                        .param("rows[2].period", "2019")
                        .param("rows[2].kind", "PLAN")
                        .param("rows[2].value", "28.150.000.000")
                        .param("rows[3].accept", "true")
                        .param("rows[3].indicator", "grdp.growth")
                        .param("rows[3].period", "2019")
                        .param("rows[3].kind", "ACTUAL")
                        .param("rows[3].value", "7,3"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("created", 3L))
                .andExpect(flash().attribute("updated", 0L))
                .andReturn();
        // the saved values, through the API, with the sentence as the value's note; the row not ticked is not saved
        JsonNode values = api.json(api.get("/api/v1/indicator-values?unit=49&size=50"));
        assertThat(values.get("total").asInt()).isEqualTo(3);
        assertThat(keys(values))
                .containsExactlyInAnyOrder(
                        "trade.export 2019-9M ACTUAL 21310000000",
                        "trade.export 2019 PLAN 28150000000",
                        "grdp.growth 2019 ACTUAL 7.3");
        for (JsonNode v : values.get("items")) {
            if (v.get("period").asString().equals("2019-9M")) {
                assertThat(v.get("note").asString()).isEqualTo(sentence);
                // and its history says who
                api.get("/indicators/values/" + v.get("id").asLong());
            }
        }
        // the page it leads to (in the same session) says which were new
        jakarta.servlet.http.Cookie session = saved.getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/indicators/read?unit=49&period=2019-9M");
        String after = page(get("/indicators/read?unit=49&period=2019-9M").cookie(session));
        assertThat(after)
                .contains("Đã lưu 3 số liệu: 3 mới, 0 cập nhật, 0 không đổi.")
                .contains("21.310.000.000");

        // again, one corrected: it is updated in place, the other is unchanged
        mvc.perform(post("/indicators/read/save")
                        .with(ADMIN)
                        .with(csrf())
                        .param("unit", "49")
                        .param("rows[0].accept", "true")
                        .param("rows[0].indicator", "trade.export")
                        .param("rows[0].period", "2019-9M")
                        .param("rows[0].kind", "ACTUAL")
                        .param("rows[0].value", "21.320.000.000")
                        .param("rows[0].text", sentence)
                        .param("rows[1].accept", "true")
                        .param("rows[1].indicator", "trade.export")
                        .param("rows[1].period", "2019")
                        .param("rows[1].kind", "PLAN")
                        .param("rows[1].value", "28150000000"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("created", 0L))
                .andExpect(flash().attribute("updated", 1L))
                .andExpect(flash().attribute("unchanged", 1L));
        values = api.json(api.get("/api/v1/indicator-values?unit=49&size=50"));
        assertThat(keys(values))
                .contains("trade.export 2019-9M ACTUAL 21320000000")
                .hasSize(3);
    }

    @Test
    void badRowsAreRefusedBesideTheirFieldsAndNothingIsSaved() throws Exception {
        String html = page(post("/indicators/read/save")
                .param("unit", "49")
                .param("rows[0].accept", "true")
                .param("rows[0].indicator", "trade.import")
                .param("rows[0].period", "2017-9M")
                .param("rows[0].kind", "ACTUAL")
                .param("rows[0].value", "12,28 tỷ")
                .param("rows[0].text", "Nhập khẩu đạt 12,28 tỷ USD.")
                .param("rows[0].end", "5")
                .param("rows[1].accept", "true")
                .param("rows[1].indicator", "trade.import")
                .param("rows[1].period", "2017-9M")
                .param("rows[1].kind", "ACTUAL")
                .param("rows[1].value", "1"));
        assertThat(html).contains("is-invalid").contains("value=\"12,28 tỷ\"").contains("Không đọc được số");
        String twice = page(post("/indicators/read/save")
                .param("unit", "49")
                .param("rows[0].accept", "true")
                .param("rows[0].indicator", "trade.import")
                .param("rows[0].period", "2017-9M")
                .param("rows[0].kind", "ACTUAL")
                .param("rows[0].value", "2")
                .param("rows[1].accept", "true")
                .param("rows[1].indicator", "trade.import")
                .param("rows[1].period", "2017-Q3")
                .param("rows[1].kind", "ACTUAL")
                .param("rows[1].value", "1")
                .param("rows[2].accept", "true")
                .param("rows[2].indicator", "trade.import")
                .param("rows[2].period", "2017-9M")
                .param("rows[2].kind", "ACTUAL")
                .param("rows[2].value", "1"));
        assertThat(twice).contains("được chọn hai lần");
        assertThat(page(post("/indicators/read/save").param("unit", "49").param("rows[0].value", "1")))
                .contains("Chưa chọn số liệu nào");
        JsonNode values = api.json(api.get("/api/v1/indicator-values?unit=49&year=2017"));
        assertThat(values.get("total").asInt()).isZero();
    }

    @Test
    void onlyThoseWhoWriteTheUnitsValuesReadAndSave() throws Exception {
        int status = api.post(
                        "/api/v1/users",
                        Map.of(
                                "username",
                                "review-viewer49",
                                "password",
                                "pw-viewer49",
                                "role",
                                "VIEWER",
                                "unit",
                                "49"))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isLessThan(500);
        RequestPostProcessor viewer = user("review-viewer49").roles("VIEWER");
        mvc.perform(get("/indicators/read").with(viewer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("không có quyền ghi")));
        mvc.perform(post("/indicators/read")
                        .with(viewer)
                        .with(csrf())
                        .param("unit", "49")
                        .param("period", "2021")
                        .param("text", "Xuất khẩu đạt 2 tỷ USD."))
                .andExpect(status().isForbidden());
        mvc.perform(post("/indicators/read/save")
                        .with(viewer)
                        .with(csrf())
                        .param("unit", "49")
                        .param("rows[0].accept", "true")
                        .param("rows[0].indicator", "trade.export")
                        .param("rows[0].period", "2016")
                        .param("rows[0].kind", "ACTUAL")
                        .param("rows[0].value", "1"))
                .andExpect(status().isForbidden());
        // without the CSRF token nothing is read
        mvc.perform(post("/indicators/read")
                        .with(ADMIN)
                        .param("unit", "49")
                        .param("period", "2021")
                        .param("text", "x"))
                .andExpect(status().isForbidden());
    }

    private static List<String> keys(JsonNode page) {
        List<String> keys = new java.util.ArrayList<>();
        for (JsonNode v : page.get("items")) {
            keys.add(v.get("indicator").asString() + " " + v.get("period").asString() + " "
                    + v.get("kind").asString() + " "
                    + v.get("value").decimalValue().toPlainString());
        }
        return keys;
    }
}
