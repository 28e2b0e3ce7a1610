package vn.doingoai.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The report page's composer makes a draft from the period as the summary endpoints bind it
 * ({@link SummaryParams}: unit, from, to, includeMerged, the dates as typed on a page); a date it
 * cannot read is a problem named by its parameter. Unit 83.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DraftComposerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Test
    void theComposerBindsThePeriodOfTheSummary() throws Exception {
        var admin = user("admin").roles("ADMIN");
        String location = mvc.perform(post("/reports/drafts")
                        .with(admin)
                        .with(csrf())
                        .param("unit", "83")
                        .param("from", "1/1/2022")
                        .param("to", "30/9/2022")
                        .param("includeMerged", "false")
                        .param("language", "en"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        JsonNode draft =
                json.readTree(mvc.perform(get("/api/v1/reports/drafts/" + id).with(admin))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(draft.get("unit").asString()).isEqualTo("83");
        assertThat(draft.get("from").asString()).isEqualTo("2022-01-01");
        assertThat(draft.get("to").asString()).isEqualTo("2022-09-30");
        assertThat(draft.get("includeMerged").asBoolean()).isFalse();
        assertThat(draft.get("language").asString()).isEqualTo("en");
        String refused = mvc.perform(post("/reports/drafts")
                        .with(admin)
                        .with(csrf())
                        .param("unit", "83")
                        .param("from", "31/2/2022")
                        .param("to", "30/9/2022"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("<code>from</code>: <span>Không đọc được ngày.");
    }
}
