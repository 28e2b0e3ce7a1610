package vn.doingoai.publicsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The public pages' answers given again before the session, security and dispatcher ({@link
 * CachedResponses}): the same status, body and headers as the whole chain gave (the security
 * headers and the Content-Security-Policy included), the language cookie of {@code ?lang=en} as
 * the whole chain sets it, no session, 304 for a matching {@code If-None-Match}, and an unknown
 * address never kept. Unit 38.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CachedResponsesTests {

    @Autowired
    MockMvc mvc;

    static Map<String, List<String>> headers(MvcResult result) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String name : result.getResponse().getHeaderNames()) {
            if (!name.equalsIgnoreCase("Content-Length")) { // a cookie's Expires is the second it was set
                headers.put(
                        name,
                        result.getResponse().getHeaders(name).stream()
                                .map(v -> v.replaceAll("Expires=[^;]*;?", ""))
                                .toList());
            }
        }
        return headers;
    }

    @Test
    void aKeptAnswerIsTheWholeChainsAnswerAgain() throws Exception {
        String fresh = "v=" + System.nanoTime(); // an address no other test asked for: the first answer is the chain's
        for (String path : List.of(
                "/p/38?" + fresh,
                "/p/38?lang=en&" + fresh,
                "/p/38/news.atom?" + fresh,
                "/p/38/sitemap.xml?" + fresh,
                "/p?" + fresh,
                "/sitemap.xml?" + fresh)) {
            MvcResult whole = mvc.perform(get(path)).andReturn();
            assertThat(whole.getRequest().getAttribute(CachedResponses.RENDERED))
                    .as(path)
                    .isNotNull();
            MvcResult again = mvc.perform(get(path)).andReturn();
            assertThat(again.getRequest().getAttribute(CachedResponses.RENDERED))
                    .as("%s: given again before the dispatcher", path)
                    .isNull();
            assertThat(again.getResponse().getStatus())
                    .as(path)
                    .isEqualTo(whole.getResponse().getStatus());
            assertThat(again.getResponse().getContentAsByteArray())
                    .as(path)
                    .isEqualTo(whole.getResponse().getContentAsByteArray());
            assertThat(headers(again)).as(path).isEqualTo(headers(whole));
            assertThat(again.getResponse().getHeader("Content-Security-Policy"))
                    .as(path)
                    .contains("script-src 'self'");
            assertThat(again.getResponse().getHeader("ETag")).as(path).startsWith("\"");
            assertThat(again.getRequest().getSession(false)).as(path).isNull();
        }
        MvcResult english = mvc.perform(get("/p/38?lang=en")).andReturn();
        assertThat(english.getResponse().getHeaders("Set-Cookie"))
                .singleElement()
                .satisfies(c -> assertThat(c).startsWith("doingoai-lang=en"));
    }

    @Test
    void aMatchingEntityTagIsNotModified() throws Exception {
        String etag =
                mvc.perform(get("/p/38/contact")).andReturn().getResponse().getHeader("ETag");
        var notModified = mvc.perform(get("/p/38/contact").header("If-None-Match", etag))
                .andReturn()
                .getResponse();
        assertThat(notModified.getStatus()).isEqualTo(304);
        assertThat(notModified.getContentAsByteArray()).isEmpty();
        assertThat(mvc.perform(get("/p/38/contact").header("If-None-Match", "\"other\""))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void anAddressTheChainDidNotTakeFromThePageCacheIsNeverKept() throws Exception {
        for (String path : List.of("/p/ZZ", "/p/38/nothing", "/p/38/news/abc")) {
            for (int i = 0; i < 2; i++) {
                MvcResult result = mvc.perform(get(path)).andReturn();
                assertThat(result.getResponse().getStatus()).as(path).isEqualTo(404);
                assertThat(result.getRequest().getAttribute(CachedResponses.RENDERED))
                        .as(path)
                        .isNull();
            }
        }
    }
}
