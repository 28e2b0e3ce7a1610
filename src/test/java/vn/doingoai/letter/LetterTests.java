package vn.doingoai.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.support.Api;
import vn.doingoai.support.ListPages;
import vn.doingoai.support.ReportText;

/**
 * Official letters of unit 94 (Sóc Trăng): sent and received letters counted in their periods; the
 * letter's file is stored only after the right to write the letter was checked, and downloaded with
 * the letter's read right; the partner's page lists the letters exchanged with it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LetterTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Value("${doingoai.data-dir}")
    String dataDir;

    private static final String DOCUMENT =
            """
            {"format": "doingoai-dataset/1",
             "partners": [
               {"ref": "lt94-lpb", "kind": "FOREIGN_LOCALITY", "name": "Luang Prabang Lt94", "country": "LA"},
               {"ref": "lt94-kr", "kind": "FOREIGN_LOCALITY", "name": "Gyeonggi Lt94", "country": "KR"}],
             "letters": [
               {"ref": "lt94-1", "unit": "94", "direction": "SENT", "date": "2021-02-05", "occasion": "HOLIDAY",
                "partners": ["lt94-lpb", "lt94-kr"], "subject": "Thư chúc Tết Tân Sửu Lt94"},
               {"ref": "lt94-2", "unit": "94", "direction": "SENT", "date": "2021-04-10", "occasion": "HOLIDAY",
                "partners": ["lt94-lpb"], "subject": "Thư chúc Tết Bunpimay Lt94"},
               {"ref": "lt94-3", "unit": "94", "direction": "RECEIVED", "date": "2021-02-08", "occasion": "HOLIDAY",
                "partners": ["lt94-lpb"], "subject": "Thư chúc Tết của tỉnh Luông Pha Băng Lt94"},
               {"ref": "lt94-4", "unit": "94", "direction": "SENT", "date": "2021-09-02", "occasion": "CONDOLENCE",
                "partners": ["lt94-kr"], "subject": "Thư thăm hỏi bão lụt Lt94"},
               {"ref": "lt94-5", "unit": "94", "direction": "RECEIVED", "date": "2021-10-01", "occasion": "THANKS",
                "partners": ["lt94-kr"], "subject": "Thư cảm ơn Lt94"}]}""";

    private JsonNode figures(Api api, String from, String to) throws Exception {
        return api.json(api.get("/api/v1/reports/summary?unit=94&from=" + from + "&to=" + to))
                .get("figures");
    }

    @Test
    void lettersSentAndReceivedAreCountedInTheirPeriods() throws Exception {
        Api api = new Api(mvc, json);
        api.importDataset(DOCUMENT);
        JsonNode half = figures(api, "2021-01-01", "2021-06-30");
        assertThat(half.get("letters.sent").get("value").asLong()).isEqualTo(2);
        assertThat(half.get("letters.received").get("value").asLong()).isEqualTo(1);
        assertThat(half.get("letters.sent").get("unit").asString()).isEqualTo("LETTERS");
        JsonNode year = figures(api, "2021-01-01", "2021-12-31");
        assertThat(year.get("letters.sent").get("value").asLong()).isEqualTo(3);
        assertThat(year.get("letters.received").get("value").asLong()).isEqualTo(2);
        JsonNode before = figures(api, "2020-01-01", "2020-12-31");
        assertThat(before.get("letters.sent").get("value").asLong()).isZero();
        // the figure's link lists the letters it counts
        api.get("/api/v1/letters?unit=94&from=2021-01-01&to=2021-06-30&direction=SENT")
                .andExpect(jsonPath("$.total").value(2));
        String list = mvc.perform(get("/letters?unit=94&from=2021-01-01&to=2021-12-31&direction=RECEIVED")
                        .with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).contains("Thư cảm ơn Lt94").doesNotContain("Thư chúc Tết Tân Sửu Lt94");
        // the partner's page lists its letters
        long lpb = api.json(api.get("/api/v1/partners?q=Luang Prabang Lt94"))
                .get("items")
                .get(0)
                .get("id")
                .asLong();
        String partner = mvc.perform(get("/partners/" + lpb).with(user("admin").roles("ADMIN")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(partner).contains("Thư chúc Tết Bunpimay Lt94").doesNotContain("Thư cảm ơn Lt94");
        JsonNode again = api.importDataset(DOCUMENT);
        assertThat(again.get("created").asInt() + again.get("updated").asInt()).isZero();
    }

    @Test
    void theReportOpensItsFirstAreaWithTheLettersAsTheSeedsDo() throws Exception {
        Api api = new Api(mvc, json);
        api.importDataset(DOCUMENT);
        api.importDataset(
                """
                {"format": "doingoai-dataset/1",
                 "agreements": [
                   {"ref": "lt94-a1", "unit": "94", "level": "PROVINCE", "title": "Thỏa thuận hợp tác Lt94",
                    "partners": ["lt94-lpb"], "signedOn": "2021-05-01", "fields": ["EDUCATION"], "status": "SIGNED"}]}""");
        String year = ReportText.of(api, "94", "2021-01-01", "2021-12-31");
        String letters = "Trong năm 2021, tỉnh tiếp tục duy trì quan hệ hữu nghị với các địa phương, đối tác nước ngoài"
                + " thông qua việc gửi 03 công thư tới 02 đối tác để chúc mừng các dịp lễ, Tết và thăm hỏi, chia buồn;"
                + " nhận 02 công thư của các địa phương, đối tác nước ngoài.";
        assertThat(year)
                .contains("NGOẠI GIAO CHÍNH TRỊ VÀ HỢP TÁC QUỐC TẾ CẤP ĐỊA PHƯƠNG")
                .contains(letters);
        assertThat(year.indexOf(letters))
                .as("the letters come before the agreements in area I")
                .isLessThan(year.indexOf("thỏa thuận quốc tế"));
        // a quarter with a letter received only
        assertThat(ReportText.of(api, "94", "2021-10-01", "2021-12-31"))
                .contains("Trong quý IV năm 2021, tỉnh đã nhận 01 công thư của các địa phương, đối tác nước ngoài.");
        assertThat(ReportText.of(api, "94", "2021-01-01", "2021-12-31", "en"))
                .contains("In the year 2021, the province kept up its friendly relations with foreign localities and"
                        + " partners by sending 3 official letters to 2 partners (holiday greetings and condolences);"
                        + " it received 2 letters from foreign localities and partners.");
        // a year without letters says nothing of them
        assertThat(ReportText.of(api, "94", "2020-01-01", "2020-12-31")).doesNotContain("công thư");
    }

    @Test
    void theLettersFileIsStoredOnlyForWhoMayWriteTheLetter() throws Exception {
        Api api = new Api(mvc, json);
        api.post(
                        "/api/v1/users",
                        Map.of("username", "lt-officer92", "password", "letter-pw", "role", "OFFICER", "unit", "33"))
                .andExpect(status().isCreated());
        api.post(
                        "/api/v1/users",
                        Map.of("username", "lt-viewer94", "password", "letter-pw", "role", "VIEWER", "unit", "94"))
                .andExpect(status().isCreated());
        long letter = api.json(api.post(
                        "/api/v1/letters",
                        Map.of(
                                "unit", "94",
                                "direction", "RECEIVED",
                                "date", "2022-01-20",
                                "occasion", "INVITATION",
                                "subject", "Thư mời dự lễ hội Lt94 file")))
                .get("id")
                .asLong();
        MockMultipartFile scan = new MockMultipartFile(
                "file", "cong-thu.pdf", "application/pdf", "%PDF-1.4 letter".getBytes(StandardCharsets.UTF_8));
        long before = files();
        for (String who : List.of("lt-officer92", "lt-viewer94")) {
            mvc.perform(multipart("/api/v1/letters/" + letter + "/document")
                            .file(scan)
                            .with(httpBasic(who, "letter-pw")))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(multipart("/letters")
                        .file(scan)
                        .with(user("lt-viewer94").roles("VIEWER"))
                        .with(csrf())
                        .param("unit", "94")
                        .param("direction", "SENT")
                        .param("date", "2022-01-21")
                        .param("occasion", "THANKS")
                        .param("subject", "Not allowed"))
                .andExpect(status().isForbidden());
        assertThat(files()).isEqualTo(before);
        mvc.perform(multipart("/api/v1/letters/" + letter + "/document")
                        .file(scan)
                        .with(httpBasic(Api.ADMIN, Api.ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.document").value("cong-thu.pdf"));
        assertThat(files()).isEqualTo(before + 1);
        mvc.perform(get("/api/v1/letters/" + letter + "/document").with(httpBasic("lt-viewer94", "letter-pw")))
                .andExpect(status().isOk())
                .andExpect(content().string("%PDF-1.4 letter"));
        mvc.perform(get("/api/v1/letters/" + letter + "/document").with(httpBasic("lt-officer92", "letter-pw")))
                .andExpect(status().isForbidden());
        // the export carries no file name; the history names the file
        String export =
                api.get("/api/v1/dataset?unit=94").andReturn().getResponse().getContentAsString();
        assertThat(export).contains("Thư mời dự lễ hội Lt94 file").doesNotContain("cong-thu.pdf");
        api.get("/api/v1/letters/" + letter + "/history")
                .andExpect(jsonPath("$[1].changes[0].after").value("cong-thu.pdf"));
    }

    @Test
    void theListAndALettersPageNameItsPartners() throws Exception {
        Api api = new Api(mvc, json);
        api.importDataset(DOCUMENT);
        String list = mvc.perform(get("/letters?unit=94&q=Tan Suu Lt94")
                        .with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).contains("Thư chúc Tết Tân Sửu Lt94").contains("Luang Prabang Lt94, Gyeonggi Lt94");
        long id = api.json(api.get("/api/v1/letters?unit=94&q=Tan Suu Lt94"))
                .get("items")
                .get(0)
                .get("id")
                .asLong();
        String page = mvc.perform(get("/letters/" + id).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains(">Luang Prabang Lt94</a>").contains(">Gyeonggi Lt94</a>");
    }

    @Test
    void aDocumentsLettersWithUnknownPartnersOrUnitsAreRefusedAtTheirPathsAndNothingIsWritten() throws Exception {
        Api api = new Api(mvc, json);
        api.post(
                        "/api/v1/dataset",
                        """
                        {"format": "doingoai-dataset/1",
                         "partners": [{"ref": "lt94-x-p", "kind": "FOREIGN_LOCALITY", "name": "Known Lt94x"}],
                         "letters": [
                           {"ref": "lt94-x1", "unit": "94", "direction": "SENT", "date": "2021-02-05", "occasion": "HOLIDAY",
                            "partners": ["lt94-x-p"], "subject": "Thư hợp lệ Lt94x"},
                           {"ref": "lt94-x2", "unit": "94", "direction": "SENT", "date": "2021-02-05", "occasion": "HOLIDAY",
                            "partners": ["lt94-x-p", "nobody-lt94x"], "subject": "Thư đối tác lạ Lt94x"},
                           {"ref": "lt94-x3", "unit": "Nowhere", "direction": "SENT", "date": "2021-02-05", "occasion": "HOLIDAY",
                            "subject": "Thư đơn vị lạ Lt94x"}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(Matchers.hasItems("letters[1].partners[1]", "letters[2].unit")));
        api.get("/api/v1/letters?q=Lt94x").andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void aLetterWithoutItsDateOrSubjectIsRefusedAtItsPath() throws Exception {
        Api api = new Api(mvc, json);
        api.post(
                        "/api/v1/letters",
                        Map.of("unit", "94", "direction", "SENT", "occasion", "HOLIDAY", "subject", "Lt94 no date"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"));
        api.post(
                        "/api/v1/letters",
                        Map.of(
                                "unit", "94",
                                "direction", "SENT",
                                "date", "2022-01-01",
                                "occasion", "HOLIDAY",
                                "subject", "Lt94 unknown partner",
                                "partners", List.of("nobody-lt94")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("partners[0]"));
    }

    private long files() throws IOException {
        Path dir = Path.of(dataDir, "documents", "letter");
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void theListAnswersHtmxWithItsResultsOnly() throws Exception {
        ListPages.answersHtmxWithItsResultsOnly(mvc, "/letters?unit=94");
    }

    @Test
    void theListsDateFiltersShowWhatWasAskedAsTheyAreTyped() throws Exception {
        String page = ListPages.page(mvc, "/letters?unit=94&from=2021-01-01&to=30/06/2021");
        assertThat(page)
                .contains(ListPages.dateFilter("from", "01/01/2021"))
                .contains(ListPages.dateFilter("to", "30/06/2021"))
                .contains(ListPages.reset("/letters"));
    }
}
