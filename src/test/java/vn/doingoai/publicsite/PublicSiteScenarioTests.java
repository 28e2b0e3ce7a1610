package vn.doingoai.publicsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.support.Api;

/**
 * The public site of Thái Nguyên (unit 19) from its 2021 scenario, with news added (published in
 * Vietnamese and in English, one draft), a partner with contacts in an agreement in force and an
 * event to come whose participants are named: every public page, both languages, the feed and the
 * sitemap are crawled, and none shows a draft, a delegation's member, a partner's contact, a user or
 * a participant, nor a missing text.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublicSiteScenarioTests {

    static final String APPROVER = "pubscen-leader19";
    static final String OFFICER = "pubscen-officer19";
    static final String PASSWORD = "pubscen-test-pw-19";
    static final Pattern HREF = Pattern.compile("(?:href|src)=\"([^\"]+)\"");

    static final String ADDITIONS =
            """
            {"format": "doingoai-dataset/1",
             "partners": [{"ref": "pubscen-gb", "kind": "FOREIGN_LOCALITY", "name": "Pubscen Gyeonggi-do",
                           "nameVi": "Tỉnh Gyeonggi (thử)", "country": "KR",
                           "contacts": [{"name": "Contact Kim Soo-hyun", "position": "Director",
                                         "email": "soohyun.kim@gg.example.kr", "phone": "+82 31 555 0199"}]}],
             "agreements": [{"ref": "pubscen-a1", "unit": "19", "level": "PROVINCE",
                             "title": "Thỏa thuận hợp tác Thái Nguyên - Gyeonggi (thử)", "partners": ["pubscen-gb"],
                             "signedOn": "2026-01-15", "validFrom": "2026-01-15", "fields": ["EDUCATION", "LABOUR"],
                             "status": "SIGNED", "signatory": "Signatory Hoàng Văn Ký", "notes": "Ghi chú nội bộ kín"}],
             "events": [{"ref": "pubscen-e1", "unit": "19", "title": "Hội nghị xúc tiến đầu tư Hàn Quốc (thử)",
                         "type": "TRADE_PROMOTION", "format": "HYBRID", "role": "HOSTED",
                         "startDate": "2099-03-10", "endDate": "2099-03-11", "location": "Thành phố Thái Nguyên",
                         "participantsNote": "Ông Participant Lý Thường Kiệt", "description": "Mô tả nội bộ kín",
                         "bridgePoints": [{"place": "Seoul", "country": "KR"}]}],
             "news": [
               {"ref": "pubscen-n-vi", "unit": "19", "language": "vi", "title": "Thái Nguyên ký thỏa thuận với Gyeonggi",
                "summary": "Hai địa phương hợp tác giáo dục.", "body": "<p>Nội dung tin tiếng Việt.</p>",
                "publishedOn": "2026-01-16", "status": "PUBLISHED", "agreement": "pubscen-a1",
                "delegation": "tn-d1", "event": "pubscen-e1"},
               {"ref": "pubscen-n-en", "unit": "19", "language": "en", "title": "Thai Nguyen signs with Gyeonggi",
                "summary": "Cooperation in education.", "body": "<p>English news body.</p>",
                "publishedOn": "2026-01-17", "status": "PUBLISHED", "agreement": "pubscen-a1"},
               {"ref": "pubscen-n-draft", "unit": "19", "language": "vi", "title": "Bản nháp bí mật của Thái Nguyên",
                "body": "<p>Chưa duyệt.</p>", "status": "DRAFT"}]}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    Api admin;

    @BeforeEach
    void setUp() throws Exception {
        admin = new Api(mvc, json);
        admin.importDataset(Api.scenario("thai-nguyen-2021-9m.dataset.json"));
        admin.post(
                "/api/v1/users", Map.of("username", APPROVER, "password", PASSWORD, "role", "APPROVER", "unit", "19"));
        admin.post("/api/v1/users", Map.of("username", OFFICER, "password", PASSWORD, "role", "OFFICER", "unit", "19"));
        admin.as(APPROVER, PASSWORD).importDataset(ADDITIONS);
    }

    @Test
    void theVietnamesePageShowsTheVietnameseNewsAndTheEnglishPageTheEnglishNews() throws Exception {
        String vi = body("/p/19");
        assertThat(vi)
                .contains("Thái Nguyên ký thỏa thuận với Gyeonggi")
                .doesNotContain("Thai Nguyen signs with Gyeonggi");
        String en = body("/p/19?lang=en");
        assertThat(en)
                .contains("Thai Nguyen signs with Gyeonggi")
                .doesNotContain("Thái Nguyên ký thỏa thuận với Gyeonggi");
    }

    @Test
    void theFeedHoldsExactlyThePublishedNews() throws Exception {
        Document feed = PublicSiteTests.parse(page("/p/19/news.atom").getContentAsByteArray());
        assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        NodeList titles = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title");
        List<String> entries = new ArrayList<>();
        for (int i = 1; i < titles.getLength(); i++) { // the first is the feed's own title
            entries.add(titles.item(i).getTextContent());
        }
        List<String> published = new ArrayList<>();
        for (JsonNode n : admin.json(admin.get("/api/v1/news?unit=19&status=PUBLISHED&size=500"))
                .get("items")) {
            published.add(n.get("title").asString());
        }
        assertThat(entries).containsExactlyInAnyOrderElementsOf(published).hasSizeGreaterThanOrEqualTo(2);
        assertThat(entries).doesNotContain("Bản nháp bí mật của Thái Nguyên");
    }

    @Test
    void noPublicPageShowsADraftAMemberAContactAUserOrAParticipant() throws Exception {
        List<String> secrets = new ArrayList<>(List.of(
                "Bản nháp bí mật của Thái Nguyên",
                "Chưa duyệt.",
                "Contact Kim Soo-hyun",
                "soohyun.kim@gg.example.kr",
                "+82 31 555 0199",
                "Signatory Hoàng Văn Ký",
                "Ghi chú nội bộ kín",
                "Participant Lý Thường Kiệt",
                "Mô tả nội bộ kín",
                APPROVER,
                OFFICER,
                Api.ADMIN_PASSWORD));
        JsonNode scenario = json.readTree(Api.scenario("thai-nguyen-2021-9m.dataset.json"));
        for (JsonNode d : scenario.get("delegations")) {
            for (JsonNode m : d.path("members")) {
                secrets.add(m.get("name").asString());
            }
        }
        assertThat(secrets).contains("Nguyễn Văn A", "Markus Huber");

        Map<String, String> pages = crawl();
        assertThat(pages.keySet())
                .anyMatch(p -> p.startsWith("/p/19/agreements/"))
                .anyMatch(p -> p.startsWith("/p/19/news/"))
                .contains("/p/19/partners?lang=en", "/p/19/investment", "/p/19/events", "/p/19/contact?lang=en");
        List<String> leaks = new ArrayList<>();
        pages.forEach((path, body) -> {
            for (String secret : secrets) {
                if (body.contains(secret)) {
                    leaks.add(path + " shows " + secret);
                }
            }
            if (body.contains("??")) {
                leaks.add(path + " has a missing text");
            }
        });
        assertThat(leaks).isEmpty();
        // what is public is there: the agreement with its partner, the event to come and its place
        assertThat(pages.get("/p/19/partners")).contains("Pubscen Gyeonggi-do", "Hàn Quốc", "Giáo dục, đào tạo");
        assertThat(pages.get("/p/19/events"))
                .contains("Hội nghị xúc tiến đầu tư Hàn Quốc (thử)", "Seoul", "10/03/2099");
        assertThat(pages.get("/p/19/investment")).contains("dự án FDI còn hiệu lực");
    }

    @Test
    void thePrivatePagesStillNeedALogin() throws Exception {
        for (String path : List.of("/", "/delegations", "/partners", "/news", "/reports/national")) {
            assertThat(page(path).getStatus()).as(path).isEqualTo(302);
        }
        assertThat(page("/api/v1/delegations?unit=19").getStatus()).isEqualTo(401);
    }

    /** Every page of the site reachable from its home pages, both languages, with the feed and the sitemap. */
    Map<String, String> crawl() throws Exception {
        Map<String, String> seen = new LinkedHashMap<>();
        Deque<String> todo =
                new ArrayDeque<>(List.of("/p/19", "/p/19?lang=en", "/p/19/news.atom", "/p/19/sitemap.xml"));
        while (!todo.isEmpty() && seen.size() < 300) {
            String path = todo.pop();
            if (seen.containsKey(path)) {
                continue;
            }
            MockHttpServletResponse response = page(path);
            assertThat(response.getStatus()).as(path).isEqualTo(200);
            if (path.endsWith("/picture")) {
                seen.put(path, "");
                continue;
            }
            String body = response.getContentAsString();
            seen.put(path, body);
            Set<String> links = new LinkedHashSet<>();
            Matcher m = HREF.matcher(body);
            while (m.find()) {
                links.add(m.group(1).replace("&amp;", "&"));
            }
            Matcher loc = Pattern.compile("<loc>http://localhost([^<]+)</loc>").matcher(body);
            while (loc.find()) {
                links.add(loc.group(1).replace("&amp;", "&"));
            }
            links.stream().filter(l -> l.startsWith("/p/19")).forEach(todo::add);
        }
        return seen;
    }

    MockHttpServletResponse page(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse();
    }

    String body(String path) throws Exception {
        return mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
