package vn.doingoai.border;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.support.Api;

/**
 * What the border's pages offer beyond those of every record type: "new" only to a user who may
 * write a unit on the border, forms whose units are those on the border, and an incident's form
 * reached from a gate's page with that gate chosen. Unit 66 (Đắk Lắk, on the border) and 37 (Ninh
 * Bình, inland).
 */
@SpringBootTest
@AutoConfigureMockMvc
class BorderPagesTests {

    private static final List<String> LISTS = List.of("/border-gates", "/border-incidents", "/friendship-pairs");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    private String page(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).with(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** An officer of a unit (created once for the shared context). */
    private void officer(String username, String unit) throws Exception {
        new Api(mvc, json)
                .post(
                        "/api/v1/users",
                        Map.of("username", username, "password", "border-pw", "role", "OFFICER", "unit", unit));
    }

    @Test
    void newIsOfferedOnlyToAWriterOfAUnitOnTheBorder() throws Exception {
        officer("bp-officer66", "66");
        officer("bp-officer37", "37");
        for (String list : LISTS) {
            assertThat(page(list, user("bp-officer66").roles("OFFICER")))
                    .as(list)
                    .contains("href=\"" + list + "/new\"");
            assertThat(page(list, user("bp-officer37").roles("OFFICER")))
                    .as(list)
                    .doesNotContain("href=\"" + list + "/new\"");
        }
    }

    @Test
    void theFormsOfferOnlyUnitsOnTheBorder() throws Exception {
        for (String list : LISTS) {
            String form = page(list + "/new", user("admin").roles("ADMIN"));
            assertThat(form).as(list).contains("<option value=\"66\"").doesNotContain("<option value=\"37\"");
        }
    }

    @Test
    void anIncidentsFormFromAGatesPageHasThatGateChosen() throws Exception {
        Api api = new Api(mvc, json);
        api.importDataset(
                """
                {"format": "doingoai-dataset/1",
                 "borderGates": [
                   {"ref": "bp66-g1", "unit": "66", "name": "Đắk Ruê Bp66", "kind": "MAIN", "country": "KH"},
                   {"ref": "bp66-g2", "unit": "66", "name": "Đắk Peur Bp66", "kind": "SECONDARY", "country": "KH"}]}""");
        long gate = api.json(api.get("/api/v1/border-gates?q=Đắk Ruê Bp66"))
                .get("items")
                .get(0)
                .get("id")
                .asLong();
        assertThat(page("/border-gates/" + gate, user("admin").roles("ADMIN")))
                .contains("href=\"/border-incidents/new?gate=bp66-g1\"");
        String form = page("/border-incidents/new?gate=bp66-g1", user("admin").roles("ADMIN"));
        assertThat(form)
                .containsPattern("<option value=\"bp66-g1\"[^>]*selected")
                .doesNotContainPattern("<option value=\"bp66-g2\"[^>]*selected");
        assertThat(page("/border-incidents/new", user("admin").roles("ADMIN")))
                .doesNotContainPattern("<option value=\"bp66-g1\"[^>]*selected");
    }
}
