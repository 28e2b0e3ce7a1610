package vn.doingoai.ngo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.support.Api;
import vn.doingoai.support.ListPages;

/**
 * Foreign NGOs' registrations: the figure counts each NGO with a valid paper on the last day once (an
 * NGO holding two papers, lapsed papers left out), over two periods, for unit 36 (Nam Định) alone;
 * bad validity at its path; the NGO's page lists its papers; the dashboard lists those expiring
 * within 90 days; an NGO named by a unit's registrations is renamed only by who may write that unit
 * (unit 35, Hà Nam, for these).
 */
@SpringBootTest
@AutoConfigureMockMvc
class NgoRegistrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    private static final String DOCUMENT =
            """
            {"format": "doingoai-dataset/1",
             "partners": [
               {"ref": "ngo36-a", "kind": "FOREIGN_NGO", "name": "Plan International Ngo36", "country": "GB"},
               {"ref": "ngo36-b", "kind": "FOREIGN_NGO", "name": "Helvetas Ngo36", "country": "CH"},
               {"ref": "ngo36-c", "kind": "FOREIGN_NGO", "name": "World Vision Ngo36", "country": "US"},
               {"ref": "ngo36-d", "kind": "FOREIGN_NGO", "name": "Lapsed Ngo36", "country": "FR"}],
             "ngoRegistrations": [
               {"ref": "ngo36-r1", "unit": "36", "ngo": "ngo36-a", "kind": "OPERATION", "number": "01/GĐK",
                "validFrom": "2019-03-01", "validTo": "2024-02-29", "area": "Giáo dục, Nam Định"},
               {"ref": "ngo36-r2", "unit": "36", "ngo": "ngo36-a", "kind": "PROJECT_OFFICE", "number": "02/VPDA",
                "validFrom": "2020-01-01", "validTo": "2025-12-31"},
               {"ref": "ngo36-r3", "unit": "36", "ngo": "ngo36-b", "kind": "REPRESENTATIVE_OFFICE", "number": "03/VPĐD",
                "validFrom": "2021-06-01"},
               {"ref": "ngo36-r4", "unit": "36", "ngo": "ngo36-c", "kind": "OPERATION", "number": "04/GĐK",
                "validFrom": "2022-01-01", "validTo": "2022-12-31"},
               {"ref": "ngo36-r5", "unit": "36", "ngo": "ngo36-d", "kind": "OPERATION", "number": "05/GĐK",
                "validFrom": "2015-01-01", "validTo": "2018-12-31"}]}""";

    private long figure(Api api, String from, String to) throws Exception {
        return api.json(api.get("/api/v1/reports/summary?unit=36&from=" + from + "&to=" + to))
                .get("figures")
                .get("ngos.registered")
                .get("value")
                .asLong();
    }

    @Test
    void eachNgoWithAValidPaperOnTheLastDayCountsOnce() throws Exception {
        Api api = new Api(mvc, json);
        api.importDataset(DOCUMENT);
        // 31/12/2022: a (two papers), b, c; d lapsed in 2018
        assertThat(figure(api, "2022-01-01", "2022-12-31")).isEqualTo(3);
        // 30/6/2024: a (its project office only), b; c lapsed at the end of 2022
        assertThat(figure(api, "2024-01-01", "2024-06-30")).isEqualTo(2);
        // re-importing the same document changes nothing
        JsonNode again = api.importDataset(DOCUMENT);
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("updated").asInt()).isZero();
        // the figure's link lists the papers valid that day: a's project office, b's office
        JsonNode summary = api.json(api.get("/api/v1/reports/summary?unit=36&from=2024-01-01&to=2024-06-30"));
        assertThat(summary.get("figures").get("ngos.registered").get("unit").asString())
                .isEqualTo("ORGANIZATIONS");
        api.get("/api/v1/ngo-registrations?unit=36&validOn=2024-06-30")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2));
        api.get("/api/v1/ngo-registrations?unit=36&validOn=2022-12-31")
                .andExpect(jsonPath("$.total").value(4));
        // the drill-down lists each NGO once
        String drill = mvc.perform(get("/reports/figure?key=ngos.registered&unit=36&from=2024-01-01&to=2024-06-30")
                        .with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(drill)
                .contains("Plan International Ngo36")
                .contains("Helvetas Ngo36")
                .doesNotContain("Lapsed");
        assertThat(drill).contains("data-total-value=\"2\"");
    }

    @Test
    void aRegistrationValidToBeforeItIsValidFromIsRefusedAtItsPath() throws Exception {
        Api api = new Api(mvc, json);
        api.importDataset(
                """
                {"format": "doingoai-dataset/1",
                 "partners": [{"ref": "ngo36-bad", "kind": "FOREIGN_NGO", "name": "Bad dates Ngo36"}]}""");
        api.post(
                        "/api/v1/ngo-registrations",
                        Map.of(
                                "unit", "36",
                                "ngo", "ngo36-bad",
                                "kind", "OPERATION",
                                "validFrom", "2021-05-01",
                                "validTo", "2021-04-30"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("validTo"));
        api.post(
                        "/api/v1/dataset",
                        """
                        {"format": "doingoai-dataset/1",
                         "ngoRegistrations": [
                           {"ref": "ngo36-x1", "unit": "36", "ngo": "ngo36-bad", "kind": "OPERATION", "validFrom": "2021-01-01"},
                           {"ref": "ngo36-x2", "unit": "36", "ngo": "ngo36-bad", "kind": "OPERATION",
                            "validFrom": "2021-05-01", "validTo": "2021-04-30"},
                           {"ref": "ngo36-x3", "unit": "36", "ngo": "nobody", "kind": "OPERATION", "validFrom": "2021-01-01"}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(Matchers.containsInAnyOrder("ngoRegistrations[1].validTo", "ngoRegistrations[2].ngo")));
        api.get("/api/v1/ngo-registrations?q=ngo36-x1")
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void theNgoPageListsItsPapersAndTheDashboardThoseExpiringWithin90Days() throws Exception {
        Api api = new Api(mvc, json);
        LocalDate today = LocalDate.now();
        api.importDataset(
                """
                {"format": "doingoai-dataset/1",
                 "partners": [{"ref": "ngo36-exp", "kind": "FOREIGN_NGO", "name": "Expiring Ngo36"}],
                 "ngoRegistrations": [
                   {"ref": "ngo36-e1", "unit": "35", "ngo": "ngo36-exp", "kind": "OPERATION", "number": "77/GĐK-soon",
                    "validFrom": "%s", "validTo": "%s"},
                   {"ref": "ngo36-e2", "unit": "35", "ngo": "ngo36-exp", "kind": "PROJECT_OFFICE", "number": "78/VPDA-later",
                    "validFrom": "%s", "validTo": "%s"}]}"""
                        .formatted(today.minusYears(1), today.plusDays(30), today.minusYears(1), today.plusDays(200)));
        long ngo = api.json(api.get("/api/v1/partners?q=Expiring Ngo36"))
                .get("items")
                .get(0)
                .get("id")
                .asLong();
        String page = mvc.perform(get("/partners/" + ngo).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("77/GĐK-soon").contains("78/VPDA-later").contains("Giấy đăng ký hoạt động");

        api.post(
                        "/api/v1/users",
                        Map.of("username", "officer35n", "password", "officer35n-pw", "role", "OFFICER", "unit", "35"))
                .andExpect(status().isCreated());
        String dashboard = mvc.perform(get("/").with(user("officer35n").roles("OFFICER")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(dashboard).contains("Expiring Ngo36 · 77/GĐK-soon").doesNotContain("78/VPDA-later");
    }

    @Test
    void anNgoNamedByAUnitsPapersIsRenamedOnlyByWhoMayWriteThatUnit() throws Exception {
        Api api = new Api(mvc, json);
        api.importDataset(
                """
                {"format": "doingoai-dataset/1",
                 "partners": [{"ref": "ngo36-shared", "kind": "FOREIGN_NGO", "name": "Shared Ngo36"}],
                 "ngoRegistrations": [{"ref": "ngo36-s1", "unit": "35", "ngo": "ngo36-shared", "kind": "OPERATION",
                                       "validFrom": "2021-01-01"}]}""");
        api.post(
                        "/api/v1/users",
                        Map.of("username", "officer42n", "password", "officer42n-pw", "role", "OFFICER", "unit", "42"))
                .andExpect(status().isCreated());
        JsonNode partner = api.json(api.get("/api/v1/partners?q=Shared Ngo36"))
                .get("items")
                .get(0);
        api.as("officer42n", "officer42n-pw")
                .put(
                        "/api/v1/partners/" + partner.get("id").asLong(),
                        Map.of(
                                "ref", "ngo36-shared",
                                "kind", "FOREIGN_NGO",
                                "name", "Renamed by 42",
                                "version", partner.get("version").asLong()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRegistrationIsKeptWithItsHistoryAndFoundBySearch() throws Exception {
        Api api = new Api(mvc, json);
        api.importDataset(
                """
                {"format": "doingoai-dataset/1",
                 "partners": [{"ref": "ngo36-h", "kind": "FOREIGN_NGO", "name": "Oxfam Ngo36 History"}]}""");
        JsonNode created = api.json(api.post(
                        "/api/v1/ngo-registrations",
                        Map.of("unit", "35", "ngo", "ngo36-h", "kind", "OPERATION", "validFrom", "2021-01-01"))
                .andExpect(status().isCreated()));
        long id = created.get("id").asLong();
        assertThat(created.get("ngo").asString()).isEqualTo("ngo36-h");
        api.put(
                        "/api/v1/ngo-registrations/" + id,
                        Map.of(
                                "unit", "35",
                                "ngo", "ngo36-h",
                                "kind", "OPERATION",
                                "validFrom", "2021-01-01",
                                "validTo", "2026-01-01",
                                "version", created.get("version").asLong()))
                .andExpect(status().isOk());
        api.put(
                        "/api/v1/ngo-registrations/" + id,
                        Map.of(
                                "unit", "35",
                                "ngo", "ngo36-h",
                                "kind", "OPERATION",
                                "validFrom", "2021-01-01",
                                "version", created.get("version").asLong()))
                .andExpect(status().isConflict());
        api.get("/api/v1/ngo-registrations/" + id + "/history")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2));
        String found = mvc.perform(
                        get("/search?q=oxfam ngo36").with(user("admin").roles("ADMIN")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(found).contains("/ngo-registrations/" + id);
        api.delete("/api/v1/ngo-registrations/" + id).andExpect(status().isNoContent());
        api.get("/api/v1/ngo-registrations/" + id).andExpect(status().isNotFound());
    }

    @Test
    void theFormOfANewRegistrationNamesTheNgoItsLinkAsksFor() throws Exception {
        Api api = new Api(mvc, json);
        api.importDataset(
                """
                {"format": "doingoai-dataset/1",
                 "partners": [{"ref": "ngo36-pre", "kind": "FOREIGN_NGO", "name": "Preset Ngo36"},
                              {"ref": "ngo36-other", "kind": "FOREIGN_NGO", "name": "Other Ngo36"}]}""");
        String form = mvc.perform(get("/ngo-registrations/new?ngo=ngo36-pre")
                        .with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(form).containsPattern("<option value=\"ngo36-pre\"[^>]*selected");
        assertThat(form).doesNotContainPattern("<option value=\"ngo36-other\"[^>]*selected");
        String plain = mvc.perform(
                        get("/ngo-registrations/new").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(plain).doesNotContainPattern("<option value=\"ngo36-pre\"[^>]*selected");
    }

    @Test
    void theListAnswersHtmxWithItsResultsOnly() throws Exception {
        ListPages.answersHtmxWithItsResultsOnly(mvc, "/ngo-registrations?unit=36");
    }

    @Test
    void theListsDateFilterShowsWhatWasAskedAsItIsTyped() throws Exception {
        String page = ListPages.page(mvc, "/ngo-registrations?unit=36&validOn=2024-06-30");
        assertThat(page)
                .contains(ListPages.dateFilter("validOn", "30/06/2024"))
                .contains(ListPages.reset("/ngo-registrations"));
    }
}
