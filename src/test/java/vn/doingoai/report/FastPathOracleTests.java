package vn.doingoai.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.support.Api;

/**
 * The fast path against the records, on random data: delegations written in random units, days,
 * directions and states, between summaries of random units and periods asked through the API, each
 * asked twice (the second answer is the kept one: figures cached and the answer kept under the data
 * version). Every figure of every summary must equal the total of its records in the drill-down,
 * which lists the rows themselves and is never kept. The seed is in the messages ({@code
 * -Doracle.seed=} repeats a run). Units 62 and 42, year 2022.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FastPathOracleTests {

    private static final List<String> UNITS = List.of("62", "42");
    private static final List<String> STATES = List.of("PROPOSED", "APPROVED", "DONE", "CANCELLED");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Test
    void everyFigureOfTheFastPathEqualsItsRecordsForRandomUnitsAndPeriodsBetweenRandomWrites() throws Exception {
        long seed = Long.getLong("oracle.seed", System.nanoTime());
        Random random = new Random(seed);
        Api api = new Api(mvc, json);
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (int round = 0; round < 4; round++) {
            for (int w = random.nextInt(6); w >= 0; w--) {
                write(api, random);
            }
            String unit = UNITS.get(random.nextInt(UNITS.size()));
            LocalDate from = LocalDate.of(2022, 1, 1).plusDays(random.nextInt(300));
            String period = "unit=" + unit + "&from=" + from + "&to=" + from.plusDays(random.nextInt(120));
            String url = "/api/v1/reports/summary?" + period;
            JsonNode first = api.json(api.get(url).andExpect(status().isOk())).get("figures");
            JsonNode kept = api.json(api.get(url).andExpect(status().isOk())).get("figures");
            assertThat(kept).as("seed %d, %s: the kept answer", seed, period).isEqualTo(first);
            for (Map.Entry<String, JsonNode> figure : kept.properties()) {
                BigDecimal records = records(figure.getKey(), period);
                BigDecimal value = figure.getValue().get("value").decimalValue();
                if (records == null || records.compareTo(value) != 0) {
                    problems.add("seed " + seed + ", " + period + ": " + figure.getKey() + " is " + value
                            + " but its records add up to " + records);
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(4 * 30);
        assertThat(problems).isEmpty();
    }

    /** A delegation in a random unit, day, direction and state, with a random number of persons. */
    private static void write(Api api, Random random) throws Exception {
        LocalDate start = LocalDate.of(2022, 1, 1).plusDays(random.nextInt(365));
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("unit", UNITS.get(random.nextInt(UNITS.size())));
        d.put("direction", random.nextBoolean() ? "OUTGOING" : "INCOMING");
        d.put("title", "Đoàn ngẫu nhiên " + random.nextInt(1_000_000));
        d.put("countries", List.of(random.nextBoolean() ? "KR" : "JP"));
        d.put("startDate", start.toString());
        d.put("endDate", start.plusDays(random.nextInt(5)).toString());
        d.put("status", STATES.get(random.nextInt(STATES.size())));
        d.put("persons", 1 + random.nextInt(9));
        api.post("/api/v1/delegations", d).andExpect(status().isCreated());
    }

    /** The total of the figure's records in its drill-down; null when it has none to show. */
    private BigDecimal records(String key, String period) throws Exception {
        var response = mvc.perform(get("/reports/figure?key=" + key + "&" + period)
                        .with(user(Api.ADMIN).roles("ADMIN")))
                .andReturn()
                .getResponse();
        Matcher total = FigureDrillTests.TOTAL.matcher(response.getContentAsString());
        return response.getStatus() == 200 && total.find() ? new BigDecimal(total.group(1)) : null;
    }
}
