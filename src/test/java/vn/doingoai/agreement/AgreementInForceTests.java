package vn.doingoai.agreement;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.support.Api;

/**
 * An agreement signed without a "valid from" day is in force from its signing, never before: in the
 * list's filter, in the figure and in the record's {@code inForce}. Unit 17 (Hoà Bình, before 2025).
 */
@SpringBootTest
@AutoConfigureMockMvc
class AgreementInForceTests {

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
    void anAgreementWithoutValidFromIsInForceFromItsSigning() throws Exception {
        api.post(
                        "/api/v1/agreements",
                        AgreementTests.agreement(
                                "17", "PROVINCE", "Signed in March", "SIGNED", "2022-03-10", null, null))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.inForce").value(true));

        api.get("/api/v1/agreements?unit=17&inForce=true&on=2022-03-09")
                .andExpect(jsonPath("$.total").value(0));
        api.get("/api/v1/agreements?unit=17&inForce=true&on=2022-03-10")
                .andExpect(jsonPath("$.total").value(1));
        api.get("/api/v1/agreements?unit=17&inForce=false&on=2022-02-28")
                .andExpect(jsonPath("$.total").value(1));

        api.get("/api/v1/reports/summary?unit=17&from=2022-02-01&to=2022-02-28")
                .andExpect(jsonPath("$.figures['agreements.inForce'].value").value(0));
        api.get("/api/v1/reports/summary?unit=17&from=2022-03-01&to=2022-03-31")
                .andExpect(jsonPath("$.figures['agreements.inForce'].value").value(1))
                .andExpect(jsonPath("$.figures['agreements.inForce.province'].value")
                        .value(1));
    }
}
