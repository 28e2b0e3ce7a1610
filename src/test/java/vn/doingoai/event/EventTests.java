package vn.doingoai.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.period.Period;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.Figures;
import vn.doingoai.support.Api;
import vn.doingoai.unit.Units;

/** Events end to end: API, rights, agreement link, figures, dataset, pages, calendar. Units 14, 15, 20. */
@SpringBootTest
@AutoConfigureMockMvc
class EventTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    EventFigures figureSource;

    @Autowired
    Units units;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json);
    }

    static Map<String, Object> event(
            String unit, String title, String type, String format, String role, String start, String end) {
        Map<String, Object> e = new HashMap<>();
        e.put("unit", unit);
        e.put("title", title);
        e.put("type", type);
        e.put("format", format);
        e.put("role", role);
        e.put("startDate", start);
        e.put("endDate", end);
        return e;
    }

    @Test
    void createReadReplaceDeleteWithVersionAndAgreementLink() throws Exception {
        Map<String, Object> agreement = new HashMap<>();
        agreement.putAll(Map.of(
                "ref", "ev-ag-1",
                "unit", "14",
                "level", "PROVINCE",
                "title", "Thỏa thuận Sơn La – Luang Prabang",
                "status", "SIGNED",
                "signedOn", "2022-01-10",
                "fields", List.of("CULTURE")));
        long agreementId = api.json(api.post("/api/v1/agreements", agreement).andExpect(status().isCreated()))
                .get("id")
                .asLong();

        Map<String, Object> body = event(
                "14", "Tuần văn hóa Lào tại Sơn La", "CULTURAL", "HYBRID", "CO_HOSTED", "2022-05-02", "2022-05-04");
        body.put("bridgePoints", List.of(Map.of("place", "Luang Prabang", "country", "LA")));
        body.put("agreement", Long.toString(agreementId));
        body.put("participants", 250);
        body.put("location", "Quảng trường Tây Bắc");
        JsonNode created = api.json(api.post("/api/v1/events", body).andExpect(status().isCreated()));
        long id = created.get("id").asLong();
        assertThat(created.get("agreement").asString()).isEqualTo("ev-ag-1");
        assertThat(created.get("bridgePoints").get(0).get("country").asString()).isEqualTo("LA");

        body.put("version", created.get("version").asLong());
        body.put("participants", 300);
        api.put("/api/v1/events/" + id, body)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.participants").value(300));
        api.put("/api/v1/events/" + id, body).andExpect(status().isConflict());
        api.get("/api/v1/events?unit=14&q=luang prabang")
                .andExpect(jsonPath("$.total").value(1));
        api.get("/api/v1/events?unit=14&country=LA&role=CO_HOSTED")
                .andExpect(jsonPath("$.total").value(1));
        api.get("/api/v1/search?q=tuan van hoa lao")
                .andExpect(jsonPath("$[0].link").value("/events/" + id));

        var admin = user("admin").roles("ADMIN");
        mvc.perform(get("/agreements/" + agreementId).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/events/" + id)))
                .andExpect(content().string(Matchers.containsString("Tuần văn hóa Lào tại Sơn La")));
        mvc.perform(get("/events/" + id).with(admin))
                .andExpect(content().string(Matchers.containsString("/agreements/" + agreementId)));

        api.delete("/api/v1/events/" + id).andExpect(status().isNoContent());
        api.get("/api/v1/events/" + id).andExpect(status().isNotFound());
    }

    @Test
    void theApiFiltersByFormatNewestFirstInPagesOfAtMost500() throws Exception {
        api.post(
                        "/api/v1/events",
                        event("15", "Hội thảo trực tuyến", "CONFERENCE", "ONLINE", "HOSTED", "2031-03-01", null))
                .andExpect(status().isCreated());
        api.post("/api/v1/events", event("15", "Hội chợ", "TRADE_PROMOTION", "IN_PERSON", "HOSTED", "2031-03-02", null))
                .andExpect(status().isCreated());
        String year = "/api/v1/events?unit=15&from=2031-01-01&to=2031-12-31";
        api.get(year + "&format=ONLINE")
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].title").value("Hội thảo trực tuyến"));
        api.get(year + "&format=NOPE")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("format"));
        api.get(year).andExpect(jsonPath("$.items[0].title").value("Hội chợ"));
        api.get(year + "&sort=startDate").andExpect(jsonPath("$.items[0].title").value("Hội thảo trực tuyến"));
        api.get(year + "&size=1000").andExpect(jsonPath("$.size").value(500));
    }

    @Test
    void invalidInputAndAViewerAreRefused() throws Exception {
        Map<String, Object> bad = event("14", "", "CONFERENCE", "ONLINE", "HOSTED", "2022-05-02", "2022-05-01");
        bad.put("bridgePoints", List.of(Map.of("place", "Nowhere", "country", "XX")));
        bad.put("agreement", "no-such-agreement");
        api.post("/api/v1/events", bad).andExpect(status().isBadRequest());
        bad.put("title", "T");
        bad.put("bridgePoints", List.of(Map.of("place", "Nowhere", "country", "QQ")));
        api.post("/api/v1/events", bad)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'endDate')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'agreement')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'bridgePoints[0].country')]")
                        .exists());
        api.post("/api/v1/events", event("14", "T", "PARTY", "ONLINE", "HOSTED", "2022-05-02", null))
                .andExpect(status().isBadRequest());

        api.post(
                        "/api/v1/users",
                        Map.of("username", "ev-viewer20", "password", "viewer-pw", "role", "VIEWER", "unit", "20"))
                .andExpect(status().isCreated());
        Api viewer = api.as("ev-viewer20", "viewer-pw");
        viewer.post("/api/v1/events", event("20", "X", "CONFERENCE", "ONLINE", "HOSTED", "2022-05-02", null))
                .andExpect(status().isForbidden());
        viewer.get("/api/v1/events?unit=14").andExpect(status().isForbidden());
        viewer.get("/api/v1/calendar.ics?unit=14").andExpect(status().isForbidden());
    }

    @Test
    void figuresCountCoHostedAsHostedHybridAsOnlineAndBridgePointsOfHostedEvents() throws Exception {
        String document =
                """
                {"format": "doingoai-dataset/1", "events": [
                  {"ref": "ev-f1", "unit": "20", "title": "Hội nghị A", "type": "CONFERENCE", "format": "IN_PERSON", "role": "HOSTED",
                   "startDate": "2023-02-01", "endDate": "2023-02-01", "partners": [], "bridgePoints": []},
                  {"ref": "ev-f2", "unit": "20", "title": "Xúc tiến B", "type": "TRADE_PROMOTION", "format": "HYBRID", "role": "CO_HOSTED",
                   "startDate": "2023-03-01", "endDate": "2023-03-02", "partners": [],
                   "bridgePoints": [{"place": "Lạng Sơn", "country": "VN"}, {"place": "Tokyo", "country": "JP"}, {"place": "Osaka", "country": "JP"}]},
                  {"ref": "ev-f3", "unit": "20", "title": "Hội nghị trực tuyến C", "type": "TRADE_PROMOTION", "format": "ONLINE", "role": "HOSTED",
                   "startDate": "2023-04-01", "partners": [],
                   "bridgePoints": [{"place": "Lạng Sơn", "country": "VN"}, {"place": "Sydney", "country": "AU"}]},
                  {"ref": "ev-f4", "unit": "20", "title": "Hội thảo D", "type": "SEMINAR", "format": "ONLINE", "role": "ATTENDED",
                   "startDate": "2023-05-01", "partners": [],
                   "bridgePoints": [{"place": "Hà Nội", "country": "VN"}, {"place": "Seoul", "country": "KR"},
                                    {"place": "Busan", "country": "KR"}, {"place": "Nam Ninh", "country": "CN"}]},
                  {"ref": "ev-f5", "unit": "20", "title": "Hội đàm E", "type": "TALKS", "format": "IN_PERSON", "role": "ATTENDED",
                   "startDate": "2023-06-01", "partners": [], "bridgePoints": []},
                  {"ref": "ev-f6", "unit": "20", "title": "Năm sau F", "type": "CONFERENCE", "format": "ONLINE", "role": "HOSTED",
                   "startDate": "2024-01-10", "partners": [], "bridgePoints": [{"place": "Lạng Sơn", "country": "VN"}]}
                ]}""";
        assertThat(api.importDataset(document).get("created").asInt()).isEqualTo(6);
        JsonNode again = api.importDataset(document);
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("updated").asInt()).isZero();

        Figures figures = new Figures();
        figureSource.contribute(new FigureQuery("20", units.reportScope("20", true), Period.year(2023)), figures);
        assertThat(figures.values().get("events.hosted").value()).isEqualByComparingTo("3");
        assertThat(figures.values().get("events.hosted.online").value()).isEqualByComparingTo("2");
        assertThat(figures.values().get("events.attended").value()).isEqualByComparingTo("2");
        assertThat(figures.values().get("events.attended.online").value()).isEqualByComparingTo("1");
        assertThat(figures.values().get("events.bridgePoints").value()).isEqualByComparingTo("5");
        assertThat(figures.values().get("events.bridgePoints").unit()).isEqualTo("PLACES");
        assertThat(figures.values().get("events.hosted").unit()).isEqualTo("EVENTS");

        api.get("/api/v1/events?unit=20&from=2023-01-01&to=2023-12-31&hosting=true&online=true")
                .andExpect(jsonPath("$.total").value(2));
        api.get("/api/v1/events?unit=20&country=JP")
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get(figures.values().get("events.hosted").link())
                        .with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Xúc tiến B")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Hội đàm E"))));

        Figures empty = new Figures();
        figureSource.contribute(new FigureQuery("20", units.reportScope("20", true), Period.year(1990)), empty);
        assertThat(empty.values())
                .containsKeys(
                        "events.hosted",
                        "events.attended",
                        "events.hosted.online",
                        "events.attended.online",
                        "events.bridgePoints");
        assertThat(empty.values().get("events.bridgePoints").value()).isEqualByComparingTo("0");

        JsonNode exported = api.json(api.get("/api/v1/dataset?unit=20"));
        JsonNode f2 = null;
        for (JsonNode e : exported.get("events")) {
            if (e.get("ref").asString().equals("ev-f2")) {
                f2 = e;
            }
        }
        assertThat(f2).isNotNull();
        assertThat(f2.has("id")).isFalse();
        assertThat(f2.get("format").asString()).isEqualTo("HYBRID");
        assertThat(f2.get("role").asString()).isEqualTo("CO_HOSTED");
        assertThat(f2.get("startDate").asString()).isEqualTo("2023-03-01");
        assertThat(f2.get("partners").isArray()).isTrue();
        assertThat(f2.get("bridgePoints").get(1).get("place").asString()).isEqualTo("Tokyo");
        assertThat(f2.get("bridgePoints").get(1).get("country").asString()).isEqualTo("JP");

        // the count follows the event's bridge points when they change
        api.importDataset(document.replace(
                ", {\"place\": \"Tokyo\", \"country\": \"JP\"}, {\"place\": \"Osaka\", \"country\": \"JP\"}", ""));
        Figures changed = new Figures();
        figureSource.contribute(new FigureQuery("20", units.reportScope("20", true), Period.year(2023)), changed);
        assertThat(changed.values().get("events.bridgePoints").value()).isEqualByComparingTo("3");
    }

    @Test
    void pagesRenderInBothLanguages() throws Exception {
        var admin = user("admin").roles("ADMIN");
        String location = mvc.perform(post("/events")
                        .with(admin)
                        .with(csrf())
                        .param("unit", "15")
                        .param("title", "Hội nghị xúc tiến đầu tư Lào Cai")
                        .param("type", "TRADE_PROMOTION")
                        .param("format", "HYBRID")
                        .param("role", "HOSTED")
                        .param("startDate", "2022-09-15")
                        .param("participants", "120")
                        .param("bridgePoints[0].place", "Côn Minh")
                        .param("bridgePoints[0].country", "CN")
                        .param("bridgePoints[1].place", "")
                        .param("bridgePoints[1].country", ""))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring("/events/".length()));
        api.get("/api/v1/events/" + id)
                .andExpect(jsonPath("$.bridgePoints.length()").value(1));
        for (String url : List.of("/events", "/events/" + id, "/events/new", "/events/" + id + "/edit")) {
            mvc.perform(get(url).with(admin))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));
            mvc.perform(get(url + "?lang=en").with(admin))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));
        }
        mvc.perform(
                        get("/events?unit=15&country=CN&type=TRADE_PROMOTION&eventFormat=HYBRID&role=HOSTED&from=2022-01-01&to=2022-12-31")
                                .with(admin))
                .andExpect(content().string(Matchers.containsString("Hội nghị xúc tiến đầu tư Lào Cai")));
        mvc.perform(get("/events?format=xlsx").with(admin)).andExpect(status().isOk());
        mvc.perform(post("/events")
                        .with(admin)
                        .with(csrf())
                        .param("unit", "15")
                        .param("title", "")
                        .param("type", "OTHER")
                        .param("format", "ONLINE")
                        .param("role", "HOSTED"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("invalid-feedback")));
    }

    @Test
    void theCalendarReadsBackWithIcal4j() throws Exception {
        String longTitle = "Hội nghị trực tuyến xúc tiến thương mại, đầu tư; kết nối Sơn La với Nhật Bản, Hàn Quốc, Úc"
                + " và Singapore – điểm cầu chính tại Thành phố Sơn La\\backslash";
        Map<String, Object> online =
                event("14", longTitle, "TRADE_PROMOTION", "ONLINE", "HOSTED", "2022-11-07", "2022-11-08");
        online.put(
                "bridgePoints",
                List.of(Map.of("place", "Sơn La", "country", "VN"), Map.of("place", "Tokyo", "country", "JP")));
        online.put("description", "Dòng một, có dấu phẩy;\nDòng hai");
        api.post("/api/v1/events", online).andExpect(status().isCreated());
        Map<String, Object> inPerson =
                event("14", "Tiếp Đại sứ Lào", "RECEPTION", "IN_PERSON", "HOSTED", "2022-12-01", null);
        inPerson.put("location", "Trụ sở UBND tỉnh, Sơn La");
        api.post("/api/v1/events", inPerson).andExpect(status().isCreated());

        String ics = api.get("/api/v1/calendar.ics?unit=14")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        VEvent found = events.stream()
                .filter(e -> e.getProperty(Property.SUMMARY)
                        .map(Property::getValue)
                        .orElse("")
                        .equals(longTitle))
                .findFirst()
                .orElseThrow(() -> new AssertionError("Not in the calendar:\n" + ics));
        assertThat(found.getProperty(Property.DTSTART).map(Property::getValue)).contains("20221107");
        assertThat(found.getProperty(Property.DTEND).map(Property::getValue)).contains("20221109");
        assertThat(found.getProperty(Property.LOCATION).map(Property::getValue).orElse(""))
                .contains("Sơn La (VN)")
                .contains("Tokyo (JP)");
        assertThat(found.getProperty(Property.DESCRIPTION).map(Property::getValue))
                .contains("Dòng một, có dấu phẩy;\nDòng hai");
        VEvent reception = events.stream()
                .filter(e -> e.getProperty(Property.SUMMARY)
                        .map(Property::getValue)
                        .orElse("")
                        .equals("Tiếp Đại sứ Lào"))
                .findFirst()
                .orElseThrow();
        assertThat(reception.getProperty(Property.DTSTART).map(Property::getValue))
                .contains("20221201");
        assertThat(reception.getProperty(Property.DTEND).map(Property::getValue))
                .contains("20221202");
        assertThat(reception.getProperty(Property.LOCATION).map(Property::getValue))
                .contains("Trụ sở UBND tỉnh, Sơn La");
        assertThat(LocalDate.parse("2022-12-01")).isNotNull();
    }
}
