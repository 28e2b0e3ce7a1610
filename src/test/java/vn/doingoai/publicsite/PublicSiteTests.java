package vn.doingoai.publicsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.support.Api;

/**
 * The public site of one province (unit 46) without a sign-in: its published news in the language
 * of the page, never a draft; a publication seen by the very next request (the cache's stamps); a
 * proper 404 in both languages; Open Graph and hreflang on every page, no script; the Atom feed and
 * the sitemaps well-formed; no session opened for a visitor; every other page still behind the login.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublicSiteTests {

    static final String OFFICER = "pub-officer46";
    static final String APPROVER = "pub-leader46";
    static final String PASSWORD = "pub-test-pw-46";
    static final Pattern HANDLER = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

    /** A PNG of one pixel. */
    static final byte[] PNG = java.util.Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    Api admin;
    Api officer;
    Api approver;

    @BeforeEach
    void setUp() throws Exception {
        admin = new Api(mvc, json);
        admin.post("/api/v1/users", Map.of("username", OFFICER, "password", PASSWORD, "role", "OFFICER", "unit", "46"));
        admin.post(
                "/api/v1/users", Map.of("username", APPROVER, "password", PASSWORD, "role", "APPROVER", "unit", "46"));
        officer = admin.as(OFFICER, PASSWORD);
        approver = admin.as(APPROVER, PASSWORD);
    }

    static Map<String, Object> item(String unit, String language, String title, String status) {
        Map<String, Object> n = new HashMap<>();
        n.put("unit", unit);
        n.put("language", language);
        n.put("title", title);
        n.put("summary", "Tóm tắt: " + title);
        n.put("body", "<p>Nội dung của " + title + "</p>");
        n.put("status", status);
        return n;
    }

    long news(Api as, String language, String title, String status) throws Exception {
        return as.json(as.post("/api/v1/news", item("46", language, title, status))
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
    }

    MockHttpServletResponse page(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse();
    }

    String html(String path) throws Exception {
        MockHttpServletResponse response = page(path);
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    @Test
    void theProvinceShowsItsPublishedNewsInTheLanguageOfThePage() throws Exception {
        news(approver, "vi", "Huế đón đoàn Kyoto", "PUBLISHED");
        news(approver, "en", "Hue welcomes Kyoto", "PUBLISHED");
        news(officer, "vi", "Bản nháp chưa duyệt Huế", "DRAFT");
        String vi = html("/p/46");
        assertThat(vi).contains("Huế đón đoàn Kyoto").doesNotContain("Hue welcomes Kyoto", "Bản nháp chưa duyệt Huế");
        assertThat(vi).contains("lang=\"vi\"");
        String en = html("/p/46?lang=en");
        assertThat(en).contains("Hue welcomes Kyoto").doesNotContain("Huế đón đoàn Kyoto", "Bản nháp chưa duyệt Huế");
        assertThat(en).contains("lang=\"en\"", "Latest news");
        assertThat(html("/p/46/news")).contains("Huế đón đoàn Kyoto").doesNotContain("Bản nháp chưa duyệt Huế");
    }

    @Test
    void aPublicationIsSeenByTheVeryNextRequestAndATakeDownToo() throws Exception {
        assertThat(html("/p/46")).doesNotContain("Tin sẽ được duyệt đăng");
        long id = news(officer, "vi", "Tin sẽ được duyệt đăng", "DRAFT");
        assertThat(html("/p/46")).doesNotContain("Tin sẽ được duyệt đăng");
        assertThat(page("/p/46/news/" + id).getStatus()).isEqualTo(404);
        officer.perform(multipart("/api/v1/news/" + id + "/picture")
                        .file(new MockMultipartFile("file", "anh.png", "image/png", PNG)))
                .andExpect(status().isOk());
        assertThat(page("/p/46/news/" + id + "/picture").getStatus()).isEqualTo(404);

        approver.post("/api/v1/news/" + id + "/publish", Map.of()).andExpect(status().isOk());
        assertThat(html("/p/46")).contains("Tin sẽ được duyệt đăng");
        String item = html("/p/46/news/" + id);
        assertThat(item)
                .contains("Nội dung của Tin sẽ được duyệt đăng")
                .contains("property=\"og:image\" content=\"http://localhost/p/46/news/" + id + "/picture\"")
                .contains("property=\"og:type\" content=\"article\"");
        MockHttpServletResponse picture = page("/p/46/news/" + id + "/picture");
        assertThat(picture.getStatus()).isEqualTo(200);
        assertThat(picture.getContentType()).isEqualTo("image/png");
        assertThat(picture.getContentAsByteArray()).isEqualTo(PNG);

        approver.post("/api/v1/news/" + id + "/unpublish", Map.of()).andExpect(status().isOk());
        assertThat(html("/p/46")).doesNotContain("Tin sẽ được duyệt đăng");
        assertThat(page("/p/46/news/" + id).getStatus()).isEqualTo(404);
        assertThat(page("/p/46/news/" + id + "/picture").getStatus()).isEqualTo(404);
    }

    @Test
    void aChangeOfAnAgreementOrOfTheProfileIsSeenAtOnce() throws Exception {
        JsonNode partner = admin.json(admin.post(
                "/api/v1/partners",
                Map.of(
                        "ref", "pub46-kyoto",
                        "kind", "FOREIGN_LOCALITY",
                        "name", "京都府",
                        "nameVi", "Phủ Kyoto",
                        "country", "JP")));
        Map<String, Object> agreement = new HashMap<>(Map.of(
                "ref", "pub46-a1",
                "unit", "46",
                "level", "PROVINCE",
                "title", "Thỏa thuận hữu nghị Huế - Kyoto",
                "partners", List.of(partner.get("ref").asString()),
                "signedOn", "2024-03-01",
                "validFrom", "2024-03-01",
                "fields", List.of("CULTURE", "TOURISM"),
                "status", "SIGNED"));
        JsonNode saved =
                approver.json(approver.post("/api/v1/agreements", agreement).andExpect(status().isCreated()));
        String partners = html("/p/46/partners");
        assertThat(partners).contains("Thỏa thuận hữu nghị Huế - Kyoto", "京都府", "Phủ Kyoto", "Nhật Bản", "Văn hóa");
        assertThat(html("/p/46/partners?lang=en")).contains("Japan", "Culture");
        agreement.put("title", "Thỏa thuận hữu nghị Huế - Kyoto (sửa đổi)");
        agreement.put("version", saved.get("version").asLong());
        approver.put("/api/v1/agreements/" + saved.get("id").asLong(), agreement)
                .andExpect(status().isOk());
        assertThat(html("/p/46/partners")).contains("Thỏa thuận hữu nghị Huế - Kyoto (sửa đổi)");
        assertThat(html("/p/46/agreements/" + saved.get("id").asLong())).contains("(sửa đổi)");

        assertThat(html("/p/46/contact")).doesNotContain("Sở Ngoại vụ Huế");
        mvc.perform(post("/public-profile/46")
                        .with(user(OFFICER).roles("OFFICER"))
                        .with(csrf())
                        .param("unit", "46")
                        .param("officeName", "Sở Ngoại vụ Huế")
                        .param("phone", "0234 3822 000")
                        .param("email", "songoaivu@hue.gov.vn")
                        .param("presentationVi", "Huế, cố đô của Việt Nam.")
                        .param("presentationEn", "Hue, the old capital of Vietnam."))
                .andExpect(status().is3xxRedirection());
        assertThat(html("/p/46/contact")).contains("Sở Ngoại vụ Huế", "songoaivu@hue.gov.vn");
        assertThat(html("/p/46")).contains("Huế, cố đô của Việt Nam.");
        assertThat(html("/p/46?lang=en")).contains("Hue, the old capital of Vietnam.");
        mvc.perform(get("/public-profile/46").with(user("pub-viewer46").roles("VIEWER")))
                .andExpect(status().isForbidden());
    }

    @Test
    void anUnknownUnitIsAProper404InBothLanguages() throws Exception {
        for (String path : List.of("/p/ZZ", "/p/VN", "/p/46/nothing", "/p/46/news/abc", "/p/46/news/999999999")) {
            MockHttpServletResponse vi = page(path);
            assertThat(vi.getStatus()).as(path).isEqualTo(404);
            assertThat(vi.getContentAsString())
                    .contains("class=\"public-site\"", "Không tìm thấy trang", "hreflang=\"en\"")
                    .doesNotContain("Exception", "at vn.", "??");
            MockHttpServletResponse en = page(path + "?lang=en");
            assertThat(en.getStatus()).isEqualTo(404);
            assertThat(en.getContentAsString()).contains("Page not found").doesNotContain("Exception", "??");
        }
        MockHttpServletResponse dissolved = page("/p/06");
        assertThat(dissolved.getStatus()).isEqualTo(301);
        assertThat(dissolved.getHeader("Location")).isEqualTo("/p/19");
    }

    @Test
    void everyPageHasOpenGraphAndHreflangAndNoScript() throws Exception {
        news(approver, "vi", "Tin có đủ thẻ", "PUBLISHED");
        List<String> pages = List.of(
                "/p", "/p/46", "/p/46/news", "/p/46/partners", "/p/46/investment", "/p/46/events", "/p/46/contact");
        for (String path : pages) {
            for (String lang : List.of("", "?lang=en")) {
                String html = html(path + lang);
                assertThat(html)
                        .as(path + lang)
                        .contains(
                                "property=\"og:title\"",
                                "property=\"og:description\"",
                                "property=\"og:type\"",
                                "property=\"og:url\"",
                                "hreflang=\"vi\" href=\"http://localhost" + path + "\"",
                                "hreflang=\"en\" href=\"http://localhost" + path + "?lang=en\"",
                                "/webjars/bootstrap/css/bootstrap.min.css")
                        .doesNotContain("??", "<script", "<style");
                assertThat(HANDLER.matcher(html).find()).as(path + lang).isFalse();
            }
        }
        assertThat(html("/p/46/investment")).contains("id=\"fdi-rank\"", "id=\"fdi-capital\"");
    }

    @Test
    void theFeedIsAtomWithExactlyThePublishedNewsNewestFirst() throws Exception {
        JsonNode older = approver.json(
                approver.post("/api/v1/news", withDate(item("46", "en", "Feed older", "PUBLISHED"), "2024-01-02")));
        JsonNode newer = approver.json(
                approver.post("/api/v1/news", withDate(item("46", "vi", "Feed mới hơn", "PUBLISHED"), "2030-05-06")));
        news(officer, "vi", "Feed bản nháp", "DRAFT");
        MockHttpServletResponse response = page("/p/46/news.atom");
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/atom+xml");
        Document feed = parse(response.getContentAsByteArray());
        Element root = feed.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        List<String> ids = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            ids.add(entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "id")
                    .item(0)
                    .getTextContent());
            titles.add(entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title")
                    .item(0)
                    .getTextContent());
        }
        List<String> published = new ArrayList<>();
        for (JsonNode n : admin.json(admin.get("/api/v1/news?unit=46&status=PUBLISHED&size=500"))
                .get("items")) {
            published.add(n.get("title").asString());
        }
        assertThat(titles).containsExactlyInAnyOrderElementsOf(published).doesNotContain("Feed bản nháp");
        assertThat(titles.get(0)).isEqualTo("Feed mới hơn");
        assertThat(ids)
                .contains(
                        "http://localhost/p/46/news/" + newer.get("id").asLong(),
                        "http://localhost/p/46/news/" + older.get("id").asLong() + "?lang=en");
        assertThat(html("/p/46")).contains("type=\"application/atom+xml\" href=\"/p/46/news.atom\"");
    }

    static Map<String, Object> withDate(Map<String, Object> item, String day) {
        item.put("publishedOn", day);
        return item;
    }

    @Test
    void theSitemapsAreWellFormed() throws Exception {
        long id = news(approver, "vi", "Tin trong sơ đồ", "PUBLISHED");
        Document sitemap = parse(page("/p/46/sitemap.xml").getContentAsByteArray());
        assertThat(sitemap.getDocumentElement().getLocalName()).isEqualTo("urlset");
        String text = sitemap.getDocumentElement().getTextContent();
        assertThat(text).contains("http://localhost/p/46/news/" + id, "http://localhost/p/46/partners?lang=en");
        Document index = parse(page("/sitemap.xml").getContentAsByteArray());
        assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        assertThat(index.getDocumentElement().getTextContent()).contains("http://localhost/p/46/sitemap.xml");
    }

    @Test
    void aVisitorOpensNoSessionAndEveryOtherPageNeedsALogin() throws Exception {
        for (String path : List.of("/p/46", "/p/46/news.atom", "/p/ZZ", "/sitemap.xml")) {
            var result = mvc.perform(get(path)).andReturn();
            assertThat(result.getRequest().getSession(false)).as(path).isNull();
            assertThat(result.getResponse().getHeaders("Set-Cookie")).as(path).noneMatch(c -> c.startsWith("SESSION"));
        }
        for (String path :
                List.of("/", "/news", "/news/new", "/agreements", "/delegations", "/public-profile", "/reports")) {
            MockHttpServletResponse response = page(path);
            assertThat(response.getStatus()).as(path).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).as(path).endsWith("/login");
        }
        assertThat(page("/api/v1/news").getStatus()).isEqualTo(401);
    }

    @Test
    void aRecordOfAnAgencyOrOfAMergedProvinceRenewsThePagesThatShowIt() {
        assertThat(PublicStamps.provincesShowing(jdbc, List.of("06"))).containsExactlyInAnyOrder("06", "19");
        assertThat(PublicStamps.provincesShowing(jdbc, List.of("46"))).containsExactly("46");
        assertThat(PublicStamps.provincesShowing(jdbc, List.of("VN"))).isEmpty();
    }

    @Test
    void aNewsItemOfAnAgencyAppearsOnItsProvincesSite() throws Exception {
        mvc.perform(post("/units")
                        .with(user(Api.ADMIN).roles("ADMIN"))
                        .with(csrf())
                        .param("code", "46-SNGV")
                        .param("name", "Sở Ngoại vụ Huế")
                        .param("level", "AGENCY")
                        .param("parent", "46"))
                .andExpect(status().is3xxRedirection());
        assertThat(PublicStamps.provincesShowing(jdbc, List.of("46-SNGV"))).containsExactly("46");
        String before = html("/p/46");
        approver.post("/api/v1/news", item("46-SNGV", "vi", "Tin của Sở Ngoại vụ Huế", "PUBLISHED"))
                .andExpect(status().isCreated());
        assertThat(before).doesNotContain("Tin của Sở Ngoại vụ Huế");
        assertThat(html("/p/46")).contains("Tin của Sở Ngoại vụ Huế");
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }
}
