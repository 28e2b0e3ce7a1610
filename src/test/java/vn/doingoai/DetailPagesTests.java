package vn.doingoai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
 * Every detail page and every form of every record type, with every optional field filled, answers
 * 200 in Vietnamese and in English with no missing message ("??key??"), no raw enum name and no ISO
 * date in its text; and a record's history names its fields and values in words.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DetailPagesTests {

    /** An agency of this test's own, under Huế (no other test writes there). */
    static final String UNIT = "DSP-46A";

    /** The enum values of the record types (API.md), which a page must show as labels. */
    static final Pattern RAW_ENUM = Pattern.compile("\\b(FOREIGN_LOCALITY|EMBASSY|CONSULATE|INTERNATIONAL_ORGANIZATION"
            + "|FOREIGN_NGO|ENTERPRISE|OVERSEAS_VIETNAMESE_ASSOCIATION|PRESS_AGENCY|PROVINCE|AGENCY|COMMUNE|PROPOSED"
            + "|SIGNED|TERMINATED|OUTGOING|INCOMING|APPROVED|REJECTED|CANCELLED|DONE|CONFERENCE|SEMINAR|TALKS"
            + "|TRADE_PROMOTION|CULTURAL|RECEPTION|HOMELAND|IN_PERSON|ONLINE|HYBRID|HOSTED|CO_HOSTED|ATTENDED"
            + "|ACTIVE|SUSPENDED|PROGRAMME|PROJECT|NON_PROJECT|EMERGENCY_RELIEF|COMMITMENT|DISBURSEMENT|ACTUAL"
            + "|PLAN|OPEN|IN_PROGRESS|CLOSED|AGRICULTURE|EDUCATION|HEALTH|TOURISM)\\b");

    /**
     * Vietnamese number words and separators, which an English page must not show ("72,5 triệu", "240
     * triệu đồng", "1.234"); a name such as "Hội đồng hương…" is no number.
     */
    static final Pattern VIETNAMESE_NUMBER =
            Pattern.compile("(?U)\\d+(,\\d+)? (triệu|tỷ|đồng)\\b|\\b\\d{1,3}\\.\\d{3}\\b");

    static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Test
    void everyDetailPageAndFormShowsEveryFieldInWordsInBothLanguages() throws Exception {
        Api api = new Api(mvc, json);
        List<String> pages = records(api);
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
                if (html.contains("??")) {
                    problems.add(url + " misses a message: " + around(html, html.indexOf("??")));
                }
                String text = visibleText(html);
                Matcher raw = RAW_ENUM.matcher(text);
                if (raw.find()) {
                    problems.add(url + " shows the raw value " + raw.group() + ": " + around(text, raw.start()));
                }
                Matcher iso = ISO_DATE.matcher(text);
                if (iso.find()) {
                    problems.add(url + " shows the ISO date " + iso.group() + ": " + around(text, iso.start()));
                }
                Matcher vietnameseNumber = VIETNAMESE_NUMBER.matcher(text);
                if ("en".equals(lang) && vietnameseNumber.find()) {
                    problems.add(url + " writes a number the Vietnamese way in English: "
                            + around(text, vietnameseNumber.start()));
                }
                problems.addAll(rawHistoryLabels(url, html));
            }
        }
        assertThat(pages).hasSizeGreaterThanOrEqualTo(24);
        assertThat(problems).isEmpty();
    }

    @Test
    void theHistoryNamesFieldsAndValuesInWords() throws Exception {
        Api api = new Api(mvc, json);
        ensureUnit();
        api.post(
                        "/api/v1/partners",
                        Map.of("ref", "dsp-h-p", "kind", "ENTERPRISE", "name", "Lotte Corp", "country", "KR"))
                .andExpect(status().isCreated());
        JsonNode created = api.json(api.post(
                        "/api/v1/investments",
                        Map.of(
                                "ref", "dsp-h-i",
                                "unit", UNIT,
                                "name", "Nhà máy hiển thị",
                                "investor", "dsp-h-p",
                                "country", "KR",
                                "registeredOn", "2021-03-01",
                                "capital", Map.of("amount", 12500000, "currency", "USD"),
                                "status", "ACTIVE"))
                .andExpect(status().isCreated()));
        long id = created.get("id").asLong();
        api.put(
                        "/api/v1/investments/" + id,
                        Map.of(
                                "version", created.get("version").asLong(),
                                "ref", "dsp-h-i",
                                "unit", UNIT,
                                "name", "Nhà máy hiển thị",
                                "investor", "dsp-h-p",
                                "country", "KR",
                                "registeredOn", "2021-03-01",
                                "capital", Map.of("amount", 12500000, "currency", "USD"),
                                "status", "SUSPENDED",
                                "adjustments",
                                        List.of(Map.of(
                                                "date",
                                                "2021-07-01",
                                                "capitalChange",
                                                Map.of("amount", 62500000, "currency", "USD")))))
                .andExpect(status().isOk());
        String vi = history("/investments/" + id);
        assertThat(vi)
                .contains("Trạng thái")
                .contains("Đang hoạt động")
                .contains("Tạm ngừng")
                .contains("Điều chỉnh vốn")
                .contains("01/07/2021 · 62,5 triệu USD")
                .contains("Lotte Corp")
                .contains("Sở Hiển thị (thử nghiệm)")
                .doesNotContain("SUSPENDED")
                .doesNotContain("negative")
                .doesNotContain("2021-07-01");
        String en = history("/investments/" + id + "?lang=en");
        assertThat(en).contains("Status").contains("Suspended").contains("01/07/2021 · 62.5 million USD");
        // the API keeps the stored data's raw shape
        assertThat(api.json(api.get("/api/v1/investments/" + id)).get("status").asString())
                .isEqualTo("SUSPENDED");
    }

    @Test
    void theHistoryNamesPartnersAgreementsCountriesAndIndicators() throws Exception {
        Api api = new Api(mvc, json);
        ensureUnit();
        id(api.post(
                "/api/v1/partners",
                Map.of(
                        "ref",
                        "dsp-n-p",
                        "kind",
                        "EMBASSY",
                        "name",
                        "Embassy of Finland",
                        "nameVi",
                        "Đại sứ quán Phần Lan",
                        "country",
                        "FI")));
        id(api.post(
                "/api/v1/agreements",
                Map.of(
                        "ref",
                        "dsp-n-a",
                        "unit",
                        UNIT,
                        "level",
                        "AGENCY",
                        "title",
                        "Thỏa thuận giáo dục Phần Lan",
                        "status",
                        "PROPOSED")));
        long event = id(api.post(
                "/api/v1/events",
                Map.ofEntries(
                        Map.entry("ref", "dsp-n-e"),
                        Map.entry("unit", UNIT),
                        Map.entry("title", "Tọa đàm giáo dục"),
                        Map.entry("type", "SEMINAR"),
                        Map.entry("format", "IN_PERSON"),
                        Map.entry("role", "HOSTED"),
                        Map.entry("startDate", "2022-03-01"),
                        Map.entry("partners", List.of("dsp-n-p")),
                        Map.entry("agreement", "dsp-n-a"),
                        Map.entry("bridgePoints", List.of(Map.of("place", "Helsinki", "country", "FI"))))));
        assertThat(history("/events/" + event))
                .contains("Đại sứ quán Phần Lan")
                .contains("Thỏa thuận giáo dục Phần Lan")
                .contains("Helsinki · Phần Lan")
                .contains("Tọa đàm")
                .doesNotContain("dsp-n-p")
                .doesNotContain("dsp-n-a")
                .doesNotContain("SEMINAR");
        long value = id(api.post(
                "/api/v1/indicator-values",
                Map.of(
                        "indicator",
                        "trade.import",
                        "unit",
                        UNIT,
                        "period",
                        "2022",
                        "kind",
                        "ACTUAL",
                        "value",
                        5000000)));
        assertThat(history("/indicators/values/" + value))
                .contains("Kim ngạch nhập khẩu")
                .contains("5.000.000")
                .contains("Thực hiện")
                .doesNotContain("trade.import");
        assertThat(history("/indicators/values/" + value + "?lang=en"))
                .contains("Import value")
                .contains("5,000,000")
                .contains("Actual");
    }

    private String history(String path) throws Exception {
        String html = mvc.perform(get(path).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        int at = html.indexOf("id=\"history-title\"");
        assertThat(at).isPositive();
        return HtmlUtils.htmlUnescape(html.substring(at));
    }

    /** Creates one record of every type with every optional field filled; answers the pages to open. */
    private List<String> records(Api api) throws Exception {
        ensureUnit();
        List<String> pages = new ArrayList<>();
        id(api.post(
                "/api/v1/partners",
                Map.of("ref", "dsp-p0", "kind", "FOREIGN_LOCALITY", "name", "Champasak", "country", "LA")));
        long partner = id(api.post(
                "/api/v1/partners",
                Map.of(
                        "ref", "dsp-p1",
                        "kind", "FOREIGN_NGO",
                        "name", "Helvetas Display",
                        "nameVi", "Tổ chức Helvetas (hiển thị)",
                        "country", "CH",
                        "parent", "dsp-p0",
                        "unit", UNIT,
                        "notes", "Ghi chú đối tác",
                        "contacts",
                                List.of(Map.of(
                                        "name", "Anna Muster",
                                        "position", "Director",
                                        "email", "anna@example.org",
                                        "phone", "+41 44 000 00 00")))));
        pages.add("/partners/" + partner);
        pages.add("/partners/" + partner + "/edit");
        long agreement = id(api.post(
                "/api/v1/agreements",
                Map.ofEntries(
                        Map.entry("ref", "dsp-a1"),
                        Map.entry("unit", UNIT),
                        Map.entry("level", "AGENCY"),
                        Map.entry("title", "Thỏa thuận hợp tác hiển thị"),
                        Map.entry("partners", List.of("dsp-p1")),
                        Map.entry("signedOn", "2021-08-09"),
                        Map.entry("validFrom", "2021-08-09"),
                        Map.entry("validTo", "2030-12-31"),
                        Map.entry("fields", List.of("AGRICULTURE", "EDUCATION", "HEALTH")),
                        Map.entry("status", "SIGNED"),
                        Map.entry("signatory", "Giám đốc Sở"),
                        Map.entry("notes", "Ghi chú thỏa thuận"))));
        pages.add("/agreements/" + agreement);
        pages.add("/agreements/" + agreement + "/edit");
        JsonNode delegation = api.json(api.post(
                        "/api/v1/delegations",
                        Map.ofEntries(
                                Map.entry("ref", "dsp-d1"),
                                Map.entry("unit", UNIT),
                                Map.entry("direction", "OUTGOING"),
                                Map.entry("title", "Đoàn công tác hiển thị"),
                                Map.entry("purpose", "Làm việc với đối tác"),
                                Map.entry("headOfDelegation", "Nguyễn Văn A"),
                                Map.entry("countries", List.of("LA", "CH")),
                                Map.entry("partners", List.of("dsp-p1")),
                                Map.entry("startDate", "2021-03-01"),
                                Map.entry("endDate", "2021-03-05"),
                                Map.entry("fundingSource", "Ngân sách tỉnh"),
                                Map.entry("agreement", "dsp-a1"),
                                Map.entry(
                                        "members",
                                        List.of(
                                                Map.of(
                                                        "name", "Nguyễn Văn A",
                                                        "position", "Giám đốc",
                                                        "organization", "Sở Hiển thị"),
                                                Map.of(
                                                        "name", "Trần Thị B",
                                                        "position", "Chuyên viên",
                                                        "organization", "Sở Hiển thị")))))
                .andExpect(status().isCreated()));
        long d = delegation.get("id").asLong();
        JsonNode approved = api.json(api.post(
                        "/api/v1/delegations/" + d + "/approve",
                        Map.of(
                                "decisionNumber", "108/QĐ-UBND",
                                "decisionDate", "2021-02-20",
                                "version", delegation.get("version").asLong()))
                .andExpect(status().isOk()));
        api.post(
                        "/api/v1/delegations/" + d + "/done",
                        Map.of(
                                "reportText",
                                "Báo cáo sau chuyến đi",
                                "version",
                                approved.get("version").asLong()))
                .andExpect(status().isOk());
        pages.add("/delegations/" + d);
        pages.add("/delegations/" + d + "/edit");
        String person = mvc.perform(get("/delegations/" + d).with(user("admin").roles("ADMIN")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher personLink =
                Pattern.compile("href=\"(/delegations/people/\\d+)\"").matcher(person);
        assertThat(personLink.find()).isTrue();
        pages.add(personLink.group(1));
        long event = id(api.post(
                "/api/v1/events",
                Map.ofEntries(
                        Map.entry("ref", "dsp-e1"),
                        Map.entry("unit", UNIT),
                        Map.entry("title", "Hội nghị xúc tiến hiển thị"),
                        Map.entry("type", "TRADE_PROMOTION"),
                        Map.entry("format", "HYBRID"),
                        Map.entry("role", "CO_HOSTED"),
                        Map.entry("startDate", "2021-06-01"),
                        Map.entry("endDate", "2021-06-02"),
                        Map.entry("partners", List.of("dsp-p1")),
                        Map.entry(
                                "bridgePoints",
                                List.of(
                                        Map.of("place", "Huế", "country", "VN"),
                                        Map.of("place", "Tokyo", "country", "JP"))),
                        Map.entry("participants", 1250),
                        Map.entry("participantsNote", "Doanh nghiệp hai nước"),
                        Map.entry("location", "Trung tâm hội nghị"),
                        Map.entry("agreement", "dsp-a1"),
                        Map.entry("description", "Nội dung sự kiện"))));
        pages.add("/events/" + event);
        pages.add("/events/" + event + "/edit");
        long investment = id(api.post(
                "/api/v1/investments",
                Map.ofEntries(
                        Map.entry("ref", "dsp-i1"),
                        Map.entry("unit", UNIT),
                        Map.entry("name", "Nhà máy hiển thị"),
                        Map.entry("investor", "dsp-p1"),
                        Map.entry("country", "CH"),
                        Map.entry("registeredOn", "2019-04-02"),
                        Map.entry("capital", Map.of("amount", 293000000, "currency", "USD")),
                        Map.entry("status", "TERMINATED"),
                        Map.entry("endedOn", "2024-12-31"),
                        Map.entry(
                                "adjustments",
                                List.of(Map.of(
                                        "date",
                                        "2021-07-01",
                                        "capitalChange",
                                        Map.of("amount", 12500000, "currency", "USD")))),
                        Map.entry("industrialZone", "KCN Phú Bài"),
                        Map.entry("workers", 1234),
                        Map.entry("notes", "Ghi chú dự án"))));
        pages.add("/investments/" + investment);
        pages.add("/investments/" + investment + "/edit");
        long aid = id(api.post(
                "/api/v1/aid",
                Map.ofEntries(
                        Map.entry("ref", "dsp-g1"),
                        Map.entry("unit", UNIT),
                        Map.entry("donor", "dsp-p1"),
                        Map.entry("kind", "EMERGENCY_RELIEF"),
                        Map.entry("title", "Cứu trợ hiển thị"),
                        Map.entry("sector", "12220"),
                        Map.entry("startDate", "2021-02-01"),
                        Map.entry("endDate", "2022-12-31"),
                        Map.entry(
                                "transactions",
                                List.of(
                                        Map.of(
                                                "type", "COMMITMENT",
                                                "date", "2021-02-01",
                                                "value", Map.of("amount", 120000, "currency", "USD")),
                                        Map.of(
                                                "type", "DISBURSEMENT",
                                                "date", "2021-05-10",
                                                "value", Map.of("amount", 50000, "currency", "USD")))),
                        Map.entry("location", "Huyện A Lưới"),
                        Map.entry("approvalNumber", "12/QĐ-UBND"),
                        Map.entry("approvalDate", "2021-01-15"),
                        Map.entry("description", "Mô tả khoản viện trợ"))));
        pages.add("/aid/" + aid);
        pages.add("/aid/" + aid + "/edit");
        long value = id(api.post(
                "/api/v1/indicator-values",
                Map.of(
                        "indicator", "trade.export",
                        "unit", UNIT,
                        "period", "2021-9M",
                        "kind", "PLAN",
                        "value", 1234567.5,
                        "note", "Kế hoạch xuất khẩu")));
        pages.add("/indicators/values/" + value);
        pages.add("/indicators/entry?unit=" + UNIT + "&year=2021");
        long entry = id(api.post(
                "/api/v1/entry-approvals",
                Map.ofEntries(
                        Map.entry("ref", "dsp-x1"),
                        Map.entry("unit", UNIT),
                        Map.entry("decidedOn", "2021-05-04"),
                        Map.entry("approved", 2907),
                        Map.entry("received", 2500),
                        Map.entry("country", "KR"),
                        Map.entry("purpose", "Làm việc"),
                        Map.entry("decisionNumber", "55/QĐ"),
                        Map.entry("note", "Ghi chú"))));
        long support = id(api.post(
                "/api/v1/citizen-support",
                Map.of(
                        "ref", "dsp-s1",
                        "unit", UNIT,
                        "paidOn", "2021-08-20",
                        "persons", 11669,
                        "amount", Map.of("amount", 300000000, "currency", "VND"),
                        "programme", "Hỗ trợ công dân",
                        "note", "Ghi chú")));
        long press = id(api.post(
                "/api/v1/press-visits",
                Map.of(
                        "ref", "dsp-v1",
                        "unit", UNIT,
                        "startDate", "2021-04-01",
                        "endDate", "2021-04-03",
                        "countries", List.of("JP", "KR"),
                        "members", 3,
                        "agency", "NHK",
                        "purpose", "Phóng sự")));
        long protection = id(api.post(
                "/api/v1/protection-cases",
                Map.of(
                        "ref", "dsp-c1",
                        "unit", UNIT,
                        "openedOn", "2021-02-11",
                        "country", "KR",
                        "summary", "Vụ việc bảo hộ",
                        "status", "CLOSED",
                        "closedOn", "2021-03-11",
                        "steps", List.of(Map.of("date", "2021-02-12", "action", "Liên hệ cơ quan đại diện")))));
        for (String type : List.of(
                "entry-approvals/" + entry,
                "citizen-support/" + support,
                "press-visits/" + press,
                "protection-cases/" + protection)) {
            pages.add("/consular/" + type);
            pages.add("/consular/" + type + "/edit");
        }
        for (String list : List.of(
                "/partners",
                "/agreements",
                "/delegations",
                "/events",
                "/investments",
                "/aid",
                "/indicators/values",
                "/consular/entry-approvals",
                "/consular/citizen-support",
                "/consular/press-visits",
                "/consular/protection-cases")) {
            pages.add(list.equals("/indicators/values") ? "/indicators/entry?unit=" + UNIT : list + "/new");
            pages.add(list + "?unit=" + UNIT);
        }
        return pages;
    }

    /** Adds this test's agency once (the page answers the form again when it exists). */
    private void ensureUnit() throws Exception {
        mvc.perform(post("/units")
                .param("code", UNIT)
                .param("name", "Sở Hiển thị (thử nghiệm)")
                .param("level", "AGENCY")
                .param("parent", "46")
                .with(user("admin").roles("ADMIN"))
                .with(csrf()));
    }

    private long id(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        var response = result.andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return json.readTree(response.getContentAsString()).get("id").asLong();
    }

    /** History lines whose label is the raw field name. */
    private static List<String> rawHistoryLabels(String url, String html) {
        List<String> problems = new ArrayList<>();
        Matcher line = Pattern.compile("data-field=\"([^\"]+)\"><strong>([^<]*)</strong>")
                .matcher(html);
        while (line.find()) {
            if (line.group(1).equals(line.group(2))) {
                problems.add(url + " names the history field " + line.group(1) + " raw");
            }
        }
        return problems;
    }

    /** The text a reader sees: no scripts, no tags, no attributes. */
    static String visibleText(String html) {
        String text = html.replaceAll("(?s)<script.*?</script>", " ")
                .replaceAll("(?s)<style.*?</style>", " ")
                .replaceAll("(?s)<!--.*?-->", " ")
                .replaceAll("(?s)<[^>]*>", " ");
        return HtmlUtils.htmlUnescape(text).replaceAll("\\s+", " ");
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 60), Math.min(text.length(), at + 60));
    }
}
