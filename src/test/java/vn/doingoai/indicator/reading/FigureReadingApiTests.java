package vn.doingoai.indicator.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.support.Api;

/** {@code POST /api/v1/figures/read} end to end: text and .docx, rights, and every bad body. Units 87 and 49. */
@SpringBootTest
@AutoConfigureMockMvc
class FigureReadingApiTests {

    static final String URL = "/api/v1/figures/read?unit=87&period=2021-9M";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    Api api;

    @BeforeEach
    void setUp() throws Exception {
        api = new Api(mvc, json);
        user("read-officer87", "OFFICER", "87");
        user("read-viewer87", "VIEWER", "87");
        user("read-officer49", "OFFICER", "49");
    }

    private void user(String name, String role, String unit) throws Exception {
        int status = api.post(
                        "/api/v1/users", Map.of("username", name, "password", "pw-" + name, "role", role, "unit", unit))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isLessThan(500);
    }

    private ResultActions send(Api as, String url, byte[] body, String contentType) throws Exception {
        return as.perform(post(url).contentType(contentType).content(body));
    }

    private ResultActions sendText(String url, String text) throws Exception {
        return send(api, url, text.getBytes(StandardCharsets.UTF_8), "text/plain;charset=UTF-8");
    }

    /** The figures of an answer as {@code indicator period kind value}, derived marked. */
    private List<String> figures(ResultActions result) throws Exception {
        result.andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
        List<String> lines = new ArrayList<>();
        for (JsonNode f : api.json(result).get("figures")) {
            lines.add(f.get("indicator").asString() + " " + f.get("period").asString() + " "
                    + f.get("kind").asString()
                    + " " + f.get("value").decimalValue().toPlainString()
                    + (f.get("derived").asBoolean() ? " derived" : ""));
        }
        return lines;
    }

    @Test
    void theThaiNguyenReportAnswersItsTradeFiguresWithTheirSentences() throws Exception {
        ResultActions result = sendText(URL, Api.resource("seeds/004_18343bb76387200d.txt"));
        assertThat(figures(result))
                .containsExactly(
                        "trade.export 2021-9M ACTUAL 21310000000",
                        "trade.export 2020-9M ACTUAL 19860000000 derived",
                        "trade.export 2021 PLAN 28150000000 derived",
                        "trade.import 2021-9M ACTUAL 12280000000",
                        "trade.import 2020-9M ACTUAL 11080000000 derived");
        JsonNode first = api.json(result).get("figures").get(0);
        // the contract's shape: a plain number, the sentence
        assertThat(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("\"value\":21310000000,")
                .doesNotContain("E+");
        assertThat(first.get("text").asString())
                .startsWith("Tổng giá trị xuất khẩu hàng hóa")
                .contains("đạt 21,31 tỷ USD");
        String text = first.get("text").asString();
        assertThat(text.substring(first.get("start").asInt(), first.get("end").asInt()))
                .isEqualTo("21,31 tỷ USD");
        JsonNode plan = api.json(result).get("figures").get(2);
        assertThat(plan.get("basis").asString()).isEqualTo("21310000000 / 0.757");
    }

    @Test
    void theBacGiangArticleAnswersItsGrowth() throws Exception {
        assertThat(figures(sendText(
                        "/api/v1/figures/read?unit=87&period=2023-8M", Api.resource("seeds/002_5cf016bd35cff399.txt"))))
                .containsExactly("grdp.growth 2022 ACTUAL 19.3", "grdp.growth 2023-H1 ACTUAL 10.94");
    }

    @Test
    void aTextWithoutFiguresAnswersAnEmptyList() throws Exception {
        sendText(URL, "Công tác đối ngoại được triển khai chủ động, linh hoạt.")
                .andExpect(status().isOk())
                .andExpect(content().json("{\"figures\": []}", true));
    }

    @Test
    void aDocxGivesTheSameFiguresAsItsText() throws Exception {
        String seed = Api.resource("seeds/004_18343bb76387200d.txt");
        List<String> fromText = figures(sendText(URL, seed));
        byte[] docx = docx(seed.split("\n"), null);
        assertThat(figures(send(api, URL, docx, ReportText.DOCX))).isEqualTo(fromText);
        // sent as bytes without a type, it is still a .docx
        assertThat(figures(send(api, URL, docx, MediaType.APPLICATION_OCTET_STREAM_VALUE)))
                .isEqualTo(fromText);
        // a table's row reads as one line
        byte[] table =
                docx(new String[] {"Kết quả 9 tháng năm 2021"}, new String[] {"Kim ngạch nhập khẩu", "đạt 1,5 tỷ USD"});
        assertThat(figures(send(api, "/api/v1/figures/read?unit=87&period=2021", table, ReportText.DOCX)))
                .containsExactly("trade.import 2021-9M ACTUAL 1500000000");
    }

    @Test
    void aBorderProvincesArticleUploadedAsADocxGivesTheTradeThroughItsGatesOfTheYearAndTheYearBefore()
            throws Exception {
        byte[] docx = docx(Api.resource("reading/lang-son-2023.txt").split("\n"), null);
        assertThat(figures(send(api, "/api/v1/figures/read?unit=20&period=2023", docx, ReportText.DOCX)))
                .containsExactly(
                        "trade.total 2023 ACTUAL 4520000000",
                        "trade.export 2023 ACTUAL 2310000000",
                        "trade.import 2023 ACTUAL 2210000000",
                        "trade.total 2022 ACTUAL 3259000000",
                        "grdp.growth 2023 ACTUAL 7.5",
                        "grdp.growth 2022 ACTUAL 6.3",
                        "trade.export 2023 ACTUAL 560000000",
                        "trade.export 2023 PLAN 500000000 derived");
    }

    @Test
    void theUnitMustExistThePeriodParseAndTheUserWriteTheUnitsValues() throws Exception {
        String text = "Xuất khẩu đạt 2 tỷ USD.";
        sendText("/api/v1/figures/read?period=2021", text)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("unit"));
        sendText("/api/v1/figures/read?unit=ZZ9&period=2021", text)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("unit"));
        sendText("/api/v1/figures/read?unit=87&period=2021-H3", text)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("period"));
        sendText("/api/v1/figures/read?unit=87", text)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("period"));
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        send(api.as("read-viewer87", "pw-read-viewer87"), URL, body, "text/plain")
                .andExpect(status().isForbidden());
        send(api.as("read-officer49", "pw-read-officer49"), URL, body, "text/plain")
                .andExpect(status().isForbidden());
        assertThat(figures(send(api.as("read-officer87", "pw-read-officer87"), URL, body, "text/plain")))
                .containsExactly("trade.export 2021-9M ACTUAL 2000000000");
    }

    @Test
    void badBodiesAreClearProblems() throws Exception {
        assertBodyProblem(send(api, URL, new byte[0], "text/plain"), "Chưa có nội dung");
        assertBodyProblem(sendText(URL, "  \n "), "Chưa có nội dung");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', (byte) 0xff};
        assertBodyProblem(send(api, URL, png, MediaType.APPLICATION_OCTET_STREAM_VALUE), "Không đọc được");
        byte[] latin1 = "Xu\u1ea5t kh\u1ea9u".getBytes(StandardCharsets.UTF_16LE);
        assertBodyProblem(send(api, URL, latin1, "text/plain"), "Không đọc được");
        byte[] brokenZip = {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        assertBodyProblem(send(api, URL, brokenZip, ReportText.DOCX), ".docx");
        assertBodyProblem(send(api, URL, "Xuất khẩu".getBytes(StandardCharsets.UTF_8), ReportText.DOCX), ".docx");
        assertBodyProblem(
                send(api, URL, zipWith("hello.txt", "xin chào".getBytes(StandardCharsets.UTF_8)), ReportText.DOCX),
                ".docx");
        byte[] doc = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertBodyProblem(send(api, URL, doc, MediaType.APPLICATION_OCTET_STREAM_VALUE), ".doc");
        assertBodyProblem(
                send(
                        api,
                        URL,
                        "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII),
                        MediaType.APPLICATION_OCTET_STREAM_VALUE),
                "PDF");
        assertBodyProblem(send(api, URL, zipBomb(), ReportText.DOCX), "giải nén");
        byte[] enormous = new byte[ReportText.MAX_BYTES + 1];
        Arrays.fill(enormous, (byte) 'a');
        assertBodyProblem(send(api, URL, enormous, "text/plain"), "quá lớn");
        assertBodyProblem(sendText(URL, "Xuất khẩu đạt 2 tỷ USD. ".repeat(ReportText.MAX_CHARS / 20)), "quá lớn");
        // a form is not a report
        send(api, URL, "text=abc".getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_FORM_URLENCODED_VALUE)
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        // in English too
        send(api, URL + "&lang=en", new byte[0], "text/plain")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("There is no report text."));
    }

    private static void assertBodyProblem(ResultActions result, String message) throws Exception {
        result.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("body"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString(message)));
    }

    /** A .docx with a paragraph per line and, when given, a table of one row. */
    static byte[] docx(String[] lines, String[] row) throws Exception {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : lines) {
                document.createParagraph().createRun().setText(line.replace("\r", ""));
            }
            if (row != null) {
                XWPFTable table = document.createTable(1, row.length);
                for (int i = 0; i < row.length; i++) {
                    table.getRow(0).getCell(i).setText(row[i]);
                }
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] zipWith(String name, byte[] content) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** A real .docx with one more part that unpacks to 64 MB of zeros (a few dozen kB packed). */
    static byte[] zipBomb() throws Exception {
        byte[] docx = docx(new String[] {"Xuất khẩu đạt 2 tỷ USD."}, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(zip);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("word/media/bomb.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        byte[] bomb = out.toByteArray();
        assertThat(bomb.length).isLessThan(1024 * 1024);
        return bomb;
    }
}
