package vn.doingoai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.support.Api;

/**
 * Every page of the NGO registrations, letters, overseas Vietnamese and the border, with every
 * optional field of their records filled and each record changed once, answers 200 in Vietnamese and
 * in English, with no missing message, no raw enum value, no ISO date in its text, no Vietnamese
 * number in English, and its history's fields named in words. Unit 91 (An Giang) and a commune of it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PeopleAndBorderPagesTests {

    static final Pattern RAW_ENUM = Pattern.compile("\\b(OPERATION|PROJECT_OFFICE|REPRESENTATIVE_OFFICE|SENT|RECEIVED"
            + "|HOLIDAY|CONGRATULATION|CONDOLENCE|INVITATION|THANKS|INTERNATIONAL|MAIN|SECONDARY|CROSSING|OPEN|CLOSED"
            + "|FOREIGN_LOCALITY|FOREIGN_NGO|OVERSEAS_VIETNAMESE_ASSOCIATION|HOMELAND|BORDER|SECURITY)\\b");

    /**
     * A number written the Vietnamese way ("72,5 triệu", "240 triệu đồng", "1.234"), which an English
     * page must not show; a name such as "Hội đồng hương…" is no number.
     */
    static final Pattern VIETNAMESE_NUMBER =
            Pattern.compile("(?U)\\d+(,\\d+)? (triệu|tỷ|đồng)\\b|\\b\\d{1,3}\\.\\d{3}\\b");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Test
    void everyPageShowsEveryFieldInWordsInBothLanguages() throws Exception {
        List<String> pages = records(new Api(mvc, json));
        List<String> problems = new ArrayList<>();
        for (String path : pages) {
            for (String lang : List.of("vi", "en")) {
                String url = path + (path.contains("?") ? "&" : "?") + "lang=" + lang;
                var response = mvc.perform(get(url).with(user("admin").roles("ADMIN")))
                        .andReturn()
                        .getResponse();
                if (response.getStatus() != 200) {
                    problems.add(url + " answered " + response.getStatus());
                    continue;
                }
                String html = response.getContentAsString();
                String text = DetailPagesTests.visibleText(html);
                if (html.contains("??")) {
                    problems.add(url + " misses a message: " + around(html, html.indexOf("??")));
                }
                for (Pattern bad : List.of(RAW_ENUM, DetailPagesTests.RAW_ENUM, DetailPagesTests.ISO_DATE)) {
                    Matcher found = bad.matcher(text);
                    if (found.find()) {
                        problems.add(url + " shows " + found.group() + ": " + around(text, found.start()));
                    }
                }
                Matcher vietnamese = VIETNAMESE_NUMBER.matcher(text);
                if ("en".equals(lang) && vietnamese.find()) {
                    problems.add(url + " writes a number the Vietnamese way: " + around(text, vietnamese.start()));
                }
                Matcher line = Pattern.compile("data-field=\"([^\"]+)\"><strong>([^<]*)</strong>")
                        .matcher(html);
                while (line.find()) {
                    if (line.group(1).equals(line.group(2))) {
                        problems.add(url + " names the history field " + line.group(1) + " raw");
                    }
                }
            }
        }
        assertThat(pages).hasSizeGreaterThanOrEqualTo(25);
        assertThat(problems).isEmpty();
    }

    /** One record of each type with every optional field filled and changed once; the pages to open. */
    private List<String> records(Api api) throws Exception {
        mvc.perform(post("/units")
                .with(user("admin").roles("ADMIN"))
                .with(csrf())
                .param("code", "91-PG")
                .param("name", "Xã Phú Giang (trang)")
                .param("level", "COMMUNE")
                .param("parent", "91"));
        api.importDataset(
                """
                {"format": "doingoai-dataset/1",
                 "partners": [
                   {"ref": "pg91-ngo", "kind": "FOREIGN_NGO", "name": "Save the Children Pg91", "nameVi": "Tổ chức Cứu trợ trẻ em Pg91", "country": "GB"},
                   {"ref": "pg91-kh", "kind": "FOREIGN_LOCALITY", "name": "Takeo Pg91", "nameVi": "Tỉnh Takeo Pg91", "country": "KH"},
                   {"ref": "pg91-assoc", "kind": "OVERSEAS_VIETNAMESE_ASSOCIATION", "name": "Hội người An Giang tại Úc Pg91", "country": "AU"}],
                 "events": [{"ref": "pg91-e", "unit": "91", "title": "Xuân quê hương An Giang Pg91", "type": "HOMELAND",
                   "format": "IN_PERSON", "role": "HOSTED", "startDate": "2022-01-20", "endDate": "2022-01-20", "partners": ["pg91-assoc"]}]}""");
        List<String> pages = new ArrayList<>(List.of(
                "/ngo-registrations",
                "/ngo-registrations/new",
                "/letters",
                "/letters/new",
                "/overseas",
                "/overseas-donations",
                "/overseas-donations/new",
                "/border",
                "/border-gates",
                "/border-gates/new",
                "/border-incidents",
                "/border-incidents/new",
                "/friendship-pairs",
                "/friendship-pairs/new",
                "/units"));
        pages.add(changed(
                api,
                "ngo-registrations",
                "ngo-registrations",
                Map.of(
                        "ref",
                        "pg91-r",
                        "unit",
                        "91",
                        "ngo",
                        "pg91-ngo",
                        "kind",
                        "REPRESENTATIVE_OFFICE",
                        "number",
                        "12/VPĐD-Pg91",
                        "validFrom",
                        "2020-01-01",
                        "validTo",
                        "2025-12-31",
                        "area",
                        "Giáo dục, An Giang",
                        "notes",
                        "Ghi chú Pg91")));
        String letter = changed(
                api,
                "letters",
                "letters",
                Map.of(
                        "ref",
                        "pg91-l",
                        "unit",
                        "91",
                        "direction",
                        "RECEIVED",
                        "date",
                        "2022-01-25",
                        "occasion",
                        "CONGRATULATION",
                        "partners",
                        List.of("pg91-kh"),
                        "subject",
                        "Thư chúc mừng Pg91",
                        "notes",
                        "Ghi chú công thư Pg91"));
        pages.add(letter);
        mvc.perform(multipart("/api/v1" + letter + "/document")
                        .file(new MockMultipartFile(
                                "file", "thu-pg91.pdf", "application/pdf", "%PDF".getBytes(StandardCharsets.UTF_8)))
                        .with(httpBasic(Api.ADMIN, Api.ADMIN_PASSWORD)))
                .andExpect(status().isOk());
        pages.add(changed(
                api,
                "overseas-donations",
                "overseas-donations",
                Map.of(
                        "ref",
                        "pg91-o",
                        "unit",
                        "91",
                        "donor",
                        "pg91-assoc",
                        "donorName",
                        "Ông Trần Văn Pg91",
                        "receivedOn",
                        "2022-02-01",
                        "purpose",
                        "Xây trường Pg91",
                        "value",
                        Map.of("amount", 12500, "currency", "USD"),
                        "notes",
                        "Ghi chú ủng hộ Pg91")));
        String gate = changed(
                api,
                "border-gates",
                "border-gates",
                Map.of(
                        "ref",
                        "pg91-g",
                        "unit",
                        "91",
                        "name",
                        "Tịnh Biên Pg91",
                        "kind",
                        "INTERNATIONAL",
                        "country",
                        "KH",
                        "counterpart",
                        "Phnom Den",
                        "notes",
                        "Ghi chú cửa khẩu Pg91",
                        "closures",
                        List.of(
                                Map.of("from", "2020-03-01", "to", "2020-12-31", "reason", "Dịch COVID-19"),
                                Map.of("from", "2024-01-01", "reason", "Nâng cấp"))));
        pages.add(gate);
        pages.add(changed(
                api,
                "border-incidents",
                "border-incidents",
                Map.of(
                        "ref",
                        "pg91-i",
                        "unit",
                        "91",
                        "gate",
                        "pg91-g",
                        "date",
                        "2022-03-01",
                        "summary",
                        "Vụ việc Pg91",
                        "resolvedOn",
                        "2022-03-03",
                        "resolution",
                        "Trao trả qua cửa khẩu")));
        pages.add(changed(
                api,
                "friendship-pairs",
                "friendship-pairs",
                Map.of(
                        "ref",
                        "pg91-p",
                        "unit",
                        "91-PG",
                        "partner",
                        "pg91-kh",
                        "establishedOn",
                        "2019-06-01",
                        "endedOn",
                        "2023-06-01",
                        "notes",
                        "Ghi chú kết nghĩa Pg91")));
        for (String detail : new ArrayList<>(pages)) {
            if (detail.matches("/[a-z-]+/\\d+")) {
                pages.add(detail + "/edit");
            }
        }
        long association = api.json(api.get("/api/v1/partners?q=Hội người An Giang tại Úc Pg91"))
                .get("items")
                .get(0)
                .get("id")
                .asLong();
        pages.add("/overseas/associations/" + association);
        pages.add("/partners/" + association);
        pages.add("/border?unit=91");
        // the partners' pages that list these records, the lists filtered and ordered
        for (String partner : List.of("Save the Children Pg91", "Takeo Pg91")) {
            pages.add("/partners/"
                    + api.json(api.get("/api/v1/partners?q=" + partner))
                            .get("items")
                            .get(0)
                            .get("id")
                            .asLong());
        }
        pages.add("/overseas?q=pg91&sort=usd,desc");
        pages.add("/border-gates?unit=91&country=KH&openOn=31/12/2022");
        pages.add("/ngo-registrations?unit=91&ngo=pg91-ngo&validOn=31/12/2022");
        pages.add("/letters?unit=91&partner=pg91-kh&from=01/01/2022");
        // the year's report with its sections, and the records behind each of their figures
        pages.add("/reports?unit=91&kind=year&year=2022");
        for (String key : List.of(
                "ngos.registered",
                "letters.received",
                "overseas.donations",
                "events.homeland",
                "border.gates.open",
                "border.incidents",
                "border.incidents.resolved",
                "border.pairs")) {
            pages.add("/reports/figure?key=" + key + "&unit=91&from=2022-01-01&to=2022-12-31");
        }
        return pages;
    }

    /** Creates a record, changes its notes (or summary) once; answers its page. */
    private String changed(Api api, String resource, String page, Map<String, Object> data) throws Exception {
        JsonNode created = api.json(api.post("/api/v1/" + resource, data).andExpect(status().isCreated()));
        Map<String, Object> update = new HashMap<>(data);
        update.put("version", created.get("version").asLong());
        update.computeIfPresent("notes", (k, v) -> v + " (sửa)");
        update.computeIfPresent("summary", (k, v) -> v + " (sửa)");
        api.put("/api/v1/" + resource + "/" + created.get("id").asLong(), update)
                .andExpect(status().isOk());
        return "/" + page + "/" + created.get("id").asLong();
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 60), Math.min(text.length(), at + 60));
    }
}
