package vn.doingoai.rate;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.support.Api;

/**
 * Exchange rates change every unit's figures: only national admins (ADMIN of VN) write them. Users
 * of unit 48; rates of 1995 in TOP (paʻanga).
 */
@SpringBootTest
@AutoConfigureMockMvc
class ExchangeRateRightsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json);
    }

    @Test
    void onlyNationalAdminsWriteRates() throws Exception {
        long id = api.json(api.post(
                                "/api/v1/exchange-rates",
                                Map.of("currency", "TOP", "from", "1995-01-01", "perUsd", 1.3))
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
        long version =
                api.json(api.get("/api/v1/exchange-rates/" + id)).get("version").asLong();
        for (String role : new String[] {"CONTRIBUTOR", "OFFICER", "APPROVER", "ADMIN"}) {
            String name = "rate48" + role.toLowerCase();
            api.post("/api/v1/users", Map.of("username", name, "password", name + "-pw", "role", role, "unit", "48"))
                    .andExpect(status().isCreated());
            Api user = api.as(name, name + "-pw");
            user.post("/api/v1/exchange-rates", Map.of("currency", "TOP", "from", "1995-06-01", "perUsd", 1))
                    .andExpect(status().isForbidden());
            user.put(
                            "/api/v1/exchange-rates/" + id,
                            Map.of("currency", "TOP", "from", "1995-01-01", "perUsd", 1, "version", version))
                    .andExpect(status().isForbidden());
            user.delete("/api/v1/exchange-rates/" + id).andExpect(status().isForbidden());
            user.get("/api/v1/exchange-rates?currency=TOP")
                    .andExpect(jsonPath("$.total").value(1));
            // the pages show no write buttons, and the form is refused
            mvc.perform(get("/exchange-rates").with(user(name)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.not(Matchers.containsString("/exchange-rates/new"))));
            mvc.perform(get("/exchange-rates/" + id).with(user(name)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("disabled")))
                    .andExpect(content().string(Matchers.not(Matchers.containsString("/delete"))));
            mvc.perform(get("/exchange-rates/new").with(user(name))).andExpect(status().isForbidden());
            // a dataset may carry the rates unchanged (every export holds them), but not change them
            user.post(
                            "/api/v1/dataset",
                            "{\"format\": \"doingoai-dataset/1\", \"exchangeRates\": [{\"currency\": \"TOP\", \"from\":"
                                    + " \"1995-01-01\", \"perUsd\": 1.3}]}")
                    .andExpect(status().isOk());
            user.post(
                            "/api/v1/dataset",
                            "{\"format\": \"doingoai-dataset/1\", \"exchangeRates\": [{\"currency\": \"TOP\", \"from\":"
                                    + " \"1995-01-01\", \"perUsd\": 1}, {\"currency\": \"TOP\", \"from\": \"1995-09-01\","
                                    + " \"perUsd\": 1}]}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("exchangeRates[0].currency"))
                    .andExpect(jsonPath("$.errors[1].field").value("exchangeRates[1].currency"));
        }
        api.get("/api/v1/exchange-rates/" + id).andExpect(jsonPath("$.perUsd").value(1.3));
        mvc.perform(get("/exchange-rates").with(user(Api.ADMIN)))
                .andExpect(content().string(Matchers.containsString("/exchange-rates/new")));
    }
}
