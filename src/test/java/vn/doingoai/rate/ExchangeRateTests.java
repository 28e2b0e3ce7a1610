package vn.doingoai.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.money.CurrencyConverter;
import vn.doingoai.money.Money;
import vn.doingoai.support.Api;

/** Exchange rates and the converter. Rates are shared: these tests use the years 1991–1994 and rare currencies. */
@SpringBootTest
@AutoConfigureMockMvc
class ExchangeRateTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    CurrencyConverter converter;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json);
    }

    private void rate(String currency, String from, String perUsd) throws Exception {
        api.post("/api/v1/exchange-rates", Map.of("currency", currency, "from", from, "perUsd", new BigDecimal(perUsd)))
                .andExpect(status().isCreated());
    }

    @Test
    void convertsAtTheRateOfTheAmountsOwnDate() throws Exception {
        rate("MNT", "1991-01-01", "2000");
        rate("MNT", "1991-07-01", "2500");
        rate("ISK", "1991-01-01", "50");
        CurrencyConverter c = converter;
        // own date: the rate from 1 January applies until 30 June
        assertThat(c.convert(new BigDecimal("10000"), "MNT", "USD", LocalDate.of(1991, 6, 30)))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("5"));
        // the next rate applies from its own date
        assertThat(c.convert(new BigDecimal("10000"), "MNT", "USD", LocalDate.of(1991, 7, 1)))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("4"));
        // A → B = amount / perUsd(A) × perUsd(B)
        assertThat(c.convert(new BigDecimal("10000"), "MNT", "ISK", LocalDate.of(1991, 3, 1)))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("250"));
        assertThat(c.toUsd(Money.of(7, "USD"), LocalDate.of(1800, 1, 1)))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("7"));
        // missing rate: before the first rate, or a currency with no rate at all → empty, never zero
        assertThat(c.convert(new BigDecimal("10000"), "MNT", "USD", LocalDate.of(1990, 12, 31)))
                .isEmpty();
        assertThat(c.convert(new BigDecimal("10000"), "BTN", "USD", LocalDate.of(1991, 3, 1)))
                .isEmpty();
        assertThat(c.toVnd(Money.of(1, "USD"), LocalDate.of(1991, 3, 1))).isEmpty();
        // the snapshot answers the same from memory
        CurrencyConverter snapshot = c.snapshot();
        assertThat(snapshot.convert(new BigDecimal("10000"), "MNT", "USD", LocalDate.of(1991, 7, 2)))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("4"));
        assertThat(snapshot.convert(new BigDecimal("10000"), "MNT", "USD", LocalDate.of(1990, 7, 2)))
                .isEmpty();
    }

    @Test
    void apiCrudWithVersionsDuplicatesAndRights() throws Exception {
        JsonNode created = api.json(
                api.post("/api/v1/exchange-rates", Map.of("currency", "mop", "from", "1992-01-01", "perUsd", 8))
                        .andExpect(status().isCreated()));
        long id = created.get("id").asLong();
        assertThat(created.get("currency").asString()).isEqualTo("MOP");
        api.post("/api/v1/exchange-rates", Map.of("currency", "MOP", "from", "1992-01-01", "perUsd", 9))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        api.post("/api/v1/exchange-rates", Map.of("currency", "USD", "from", "1992-01-01", "perUsd", 1))
                .andExpect(status().isBadRequest());
        api.post("/api/v1/exchange-rates", Map.of("currency", "MOP", "from", "1992-02-01", "perUsd", -1))
                .andExpect(status().isBadRequest());
        Map<String, Object> change = Map.of(
                "currency",
                "MOP",
                "from",
                "1992-01-01",
                "perUsd",
                8.05,
                "version",
                created.get("version").asLong());
        api.put("/api/v1/exchange-rates/" + id, change)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.perUsd").value(8.05));
        api.put("/api/v1/exchange-rates/" + id, change).andExpect(status().isConflict());
        api.get("/api/v1/exchange-rates?currency=MOP")
                .andExpect(jsonPath("$.total").value(1));

        api.post(
                        "/api/v1/users",
                        Map.of("username", "viewer22r", "password", "viewer-pw", "role", "VIEWER", "unit", "22"))
                .andExpect(status().isCreated());
        Api viewer = api.as("viewer22r", "viewer-pw");
        viewer.get("/api/v1/exchange-rates?currency=MOP").andExpect(status().isOk());
        viewer.post("/api/v1/exchange-rates", Map.of("currency", "MOP", "from", "1993-01-01", "perUsd", 8))
                .andExpect(status().isForbidden());
        viewer.delete("/api/v1/exchange-rates/" + id).andExpect(status().isForbidden());

        var admin = user("admin").roles("ADMIN");
        for (String url : new String[] {
            "/exchange-rates",
            "/exchange-rates?lang=en",
            "/exchange-rates/new",
            "/exchange-rates/" + id,
            "/exchange-rates/" + id + "?lang=en"
        }) {
            mvc.perform(get(url).with(admin))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));
        }
        api.delete("/api/v1/exchange-rates/" + id).andExpect(status().isNoContent());
        api.get("/api/v1/exchange-rates/" + id).andExpect(status().isNotFound());
    }

    @Test
    void datasetReimportCreatesNothingNew() throws Exception {
        String document =
                """
                {"format": "doingoai-dataset/1", "exchangeRates": [
                  {"currency": "BND", "from": "1994-01-01", "perUsd": 1.6},
                  {"currency": "BND", "from": "1994-07-01", "perUsd": 1.55}
                ]}""";
        assertThat(api.importDataset(document).get("created").asInt()).isEqualTo(2);
        JsonNode again = api.importDataset(document);
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("updated").asInt()).isZero();
        api.get("/api/v1/exchange-rates?currency=BND")
                .andExpect(jsonPath("$.total").value(2));
        api.post(
                        "/api/v1/dataset",
                        """
                        {"format": "doingoai-dataset/1", "exchangeRates": [{"currency": "XYZ1", "from": "1994-01-01", "perUsd": 1}]}""")
                .andExpect(status().isBadRequest());
    }
}
