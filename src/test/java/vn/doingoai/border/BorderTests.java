package vn.doingoai.border;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
 * The border of Nghệ An (unit 40) over two periods: gates open on the last day (closures that end,
 * one still closed), incidents and those resolved by the last day, friendship pairs of its communes
 * established and not ended; and the figures' drill-downs and links agree with them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BorderTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    /** Adds a commune under a province on the admins' page (the dataset's units section may add them too). */
    static void commune(MockMvc mvc, String code, String name, String province) throws Exception {
        mvc.perform(post("/units")
                .with(user("admin").roles("ADMIN"))
                .with(csrf())
                .param("code", code)
                .param("name", name)
                .param("level", "COMMUNE")
                .param("parent", province));
    }

    static final String NGHE_AN =
            """
            {"format": "doingoai-dataset/1",
             "partners": [
               {"ref": "bd40-xk", "kind": "FOREIGN_LOCALITY", "name": "Xiengkhouang Bd40", "country": "LA"},
               {"ref": "bd40-hp", "kind": "FOREIGN_LOCALITY", "name": "Houaphanh Bd40", "country": "LA"},
               {"ref": "bd40-bk", "kind": "FOREIGN_LOCALITY", "name": "Bolikhamxay Bd40", "country": "LA"}],
             "borderGates": [
               {"ref": "bd40-g1", "unit": "40", "name": "Nậm Cắn Bd40", "kind": "INTERNATIONAL", "country": "LA",
                "counterpart": "Nậm Khắn"},
               {"ref": "bd40-g2", "unit": "40", "name": "Thanh Thủy Bd40", "kind": "MAIN", "country": "LA",
                "counterpart": "Nậm On", "closures": [{"from": "2020-03-15", "to": "2020-12-31", "reason": "Dịch COVID-19"}]},
               {"ref": "bd40-g3", "unit": "40", "name": "Tam Hợp Bd40", "kind": "SECONDARY", "country": "LA",
                "closures": [{"from": "2020-03-01", "to": null, "reason": "Dừng hoạt động do dịch COVID-19"}]},
               {"ref": "bd40-g4", "unit": "40", "name": "Lối mở Bd40", "kind": "CROSSING", "country": "LA",
                "closures": [{"from": "2021-05-01", "to": "2021-08-31", "reason": "Sửa đường"}]}],
             "borderIncidents": [
               {"ref": "bd40-i1", "unit": "40", "gate": "bd40-g1", "date": "2021-03-10", "summary": "Xuất nhập cảnh trái phép Bd40",
                "resolvedOn": "2021-03-12"},
               {"ref": "bd40-i2", "unit": "40", "gate": "bd40-g2", "date": "2021-06-20", "summary": "Tranh chấp mốc Bd40",
                "resolvedOn": "2021-07-05"},
               {"ref": "bd40-i3", "unit": "40-XNK", "date": "2021-10-01", "summary": "Cháy rừng biên giới Bd40"}],
             "friendshipPairs": [
               {"ref": "bd40-p1", "unit": "40-XNK", "partner": "bd40-xk", "establishedOn": "2019-05-01"},
               {"ref": "bd40-p2", "unit": "40-XTH", "partner": "bd40-hp", "establishedOn": "2021-09-01"},
               {"ref": "bd40-p3", "unit": "40", "partner": "bd40-bk", "establishedOn": "2018-01-01", "endedOn": "2021-03-31"}]}""";

    private JsonNode figures(Api api, String unit, String from, String to) throws Exception {
        return api.json(api.get("/api/v1/reports/summary?unit=" + unit + "&from=" + from + "&to=" + to))
                .get("figures");
    }

    private static long value(JsonNode figures, String key) {
        return figures.get(key).get("value").asLong();
    }

    @Test
    void gatesIncidentsAndPairsOverTwoPeriods() throws Exception {
        Api api = new Api(mvc, json);
        commune(mvc, "40-XNK", "Xã Nậm Cắn (Bd40)", "40");
        commune(mvc, "40-XTH", "Xã Tam Hợp (Bd40)", "40");
        api.importDataset(NGHE_AN);

        JsonNode half = figures(api, "40", "2021-01-01", "2021-06-30");
        assertThat(value(half, "border.gates.open")).isEqualTo(2); // Nậm Cắn, Thanh Thủy
        assertThat(value(half, "border.incidents")).isEqualTo(2);
        assertThat(value(half, "border.incidents.resolved")).isEqualTo(1); // the second one after 30/6
        assertThat(value(half, "border.pairs")).isEqualTo(1); // Bolikhamxay ended on 31/3
        assertThat(half.get("border.gates.open").get("previous").asLong())
                .isEqualTo(2); // 30/6/2020: Nậm Cắn, the crossing
        assertThat(half.get("border.pairs").get("previous").asLong()).isEqualTo(2);

        JsonNode year = figures(api, "40", "2021-01-01", "2021-12-31");
        assertThat(value(year, "border.gates.open")).isEqualTo(3); // the crossing reopened
        assertThat(value(year, "border.incidents")).isEqualTo(3);
        assertThat(value(year, "border.incidents.resolved")).isEqualTo(2);
        assertThat(value(year, "border.pairs")).isEqualTo(2);
        assertThat(year.get("border.gates.open").get("unit").asString()).isEqualTo("GATES");
        assertThat(year.get("border.pairs").get("unit").asString()).isEqualTo("PAIRS");

        // a commune's report has its own pair and incident
        JsonNode commune = figures(api, "40-XNK", "2021-01-01", "2021-12-31");
        assertThat(value(commune, "border.pairs")).isEqualTo(1);
        assertThat(value(commune, "border.incidents")).isEqualTo(1);

        // the lists behind the figures
        api.get("/api/v1/border-gates?unit=40&openOn=2021-06-30")
                .andExpect(jsonPath("$.total").value(2));
        api.get("/api/v1/border-incidents?unit=40&from=2021-01-01&to=2021-06-30&resolvedBy=2021-06-30")
                .andExpect(jsonPath("$.total").value(1));
        api.get("/api/v1/friendship-pairs?unit=40&activeOn=2021-12-31")
                .andExpect(jsonPath("$.total").value(2));
        for (String[] key : new String[][] {
            {"border.gates.open", "3"},
            {"border.incidents", "3"},
            {"border.incidents.resolved", "2"},
            {"border.pairs", "2"}
        }) {
            String drill = mvc.perform(get("/reports/figure?key=" + key[0] + "&unit=40&from=2021-01-01&to=2021-12-31")
                            .with(user("admin").roles("ADMIN")))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(drill)
                    .as(key[0])
                    .contains("data-total-value=\"" + key[1] + "\"")
                    .doesNotContain("??");
        }
        // a re-import changes nothing
        JsonNode again = api.importDataset(NGHE_AN);
        assertThat(again.get("created").asInt() + again.get("updated").asInt()).isZero();
    }

    @Test
    void theBorderPageShowsEachGatesStateToday() throws Exception {
        Api api = new Api(mvc, json);
        commune(mvc, "40-XNK", "Xã Nậm Cắn (Bd40)", "40");
        commune(mvc, "40-XTH", "Xã Tam Hợp (Bd40)", "40");
        api.importDataset(NGHE_AN);
        String page = HtmlUtils.htmlUnescape(
                mvc.perform(get("/border?unit=40").with(user("admin").roles("ADMIN")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(page)
                .contains("Nậm Cắn Bd40")
                .contains("Dừng hoạt động từ 01/03/2020")
                .contains("Dừng hoạt động do dịch COVID-19")
                .contains("3/4 đang mở");
        String english = HtmlUtils.htmlUnescape(
                mvc.perform(get("/border?unit=40&lang=en").with(user("admin").roles("ADMIN")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(english).contains("Closed since 01/03/2020").contains("3/4 open");
        long gate = api.json(api.get("/api/v1/border-gates?unit=40&q=Tam Hợp Bd40"))
                .get("items")
                .get(0)
                .get("id")
                .asLong();
        api.get("/api/v1/border-gates/" + gate)
                .andExpect(jsonPath("$.openToday").value(false));
    }
}
