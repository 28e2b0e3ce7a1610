package vn.doingoai.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import vn.doingoai.unit.UnitScope;

/**
 * Figure, chart and attention sources that stand in for the record modules: the figures of
 * Thái Nguyên's report for 9 months of 2021 (seeds/004) in 2021, and those of the year before in
 * 2020. Shared by the report tests so that they share one application context.
 */
@TestConfiguration(proxyBeanMethods = false)
class ReportTestConfig {

    /** Every query the fake sources answered, for checking scopes and periods. */
    static final List<FigureQuery> QUERIES = new CopyOnWriteArrayList<>();

    static final String KRW_WARNING = "Thiếu tỷ giá KRW ngày 1/3/2021: khoản viện trợ g7 không được cộng";

    /** A source that computes each period of a query alone: enough for fakes. */
    interface PerPeriod {
        void contribute(FigureQuery query, int i, Figures figures);
    }

    static FigureSource perPeriod(PerPeriod source) {
        return (query, figures) -> {
            for (int c = 0; c < query.cells(); c++) {
                source.contribute(query, query.periodIndexOf(c), figures.get(c));
            }
        };
    }

    @Bean
    FigureSource fakeRecordFigures() {
        return perPeriod((query, i, figures) -> {
            if (i == 0) {
                QUERIES.add(query);
            }
            boolean current = query.period(i).to().getYear() >= 2021;
            String link = "/delegations?unit=19";
            figures.put("trade.export", big(current ? "21310000000" : "19860000000"), "USD", "/indicators?unit=19");
            if (current) {
                figures.plan("trade.export", big("28150000000"));
            }
            figures.put("trade.import", big(current ? "12280000000" : "11080000000"), "USD", "/indicators?unit=19");
            figures.put("aid.disbursed", big(current ? "438470" : "444830"), "USD", "/aid?unit=19");
            figures.put("aid.committed", big(current ? "7200000" : "1900000"), "USD", "/aid?unit=19");
            figures.put("delegations.outgoing", current ? 2 : 0, "DELEGATIONS", link);
            figures.put("delegations.outgoing.persons", current ? 2 : 0, "PERSONS", link);
            figures.put("delegations.incoming", current ? 1 : 0, "DELEGATIONS", link);
            figures.put("delegations.incoming.persons", current ? 3 : 0, "PERSONS", link);
            figures.put("agreements.signed", current ? 1 : 1, "AGREEMENTS", null);
            figures.put("events.hosted", 4, "EVENTS", "/events?unit=19");
            figures.put("events.hosted.online", 1, "EVENTS", "/events?unit=19");
            figures.put("fdi.projects.new", 12, "PROJECTS", "/investments?unit=19");
            figures.put("fdi.projects.adjusted", 12, "PROJECTS", "/investments?unit=19");
            figures.put("fdi.capital.registered", big("158060000.00"), "USD", "/investments?unit=19");
            figures.put("fdi.projects.active", 169, "PROJECTS", "/investments?unit=19");
            figures.put("fdi.capital.total", big("8722000000"), "USD", "/investments?unit=19");
            figures.put("consular.entries.approved", current ? 2907 : 0, "PERSONS", "/consular?unit=19");
            figures.put("consular.entries.received", current ? 2155 : 0, "PERSONS", "/consular?unit=19");
            figures.put("consular.citizens.supported", current ? 11669 : 0, "PERSONS", "/consular?unit=19");
            figures.put(
                    "consular.citizens.supportAmount", big(current ? "23338000000" : "0"), "VND", "/consular?unit=19");
            figures.put("grdp.growth", big(current ? "6.5" : "5.2"), "PERCENT", null);
            figures.warn(current ? KRW_WARNING : "a warning of the year before");
        });
    }

    @Bean
    FigureSource fakeSecondSource() {
        return perPeriod((query, i, figures) -> {
            if (query.period(i).to().getYear() >= 2021) {
                figures.warn(KRW_WARNING);
            }
        });
    }

    @Bean
    ChartSource fakeCharts() {
        return (UnitScope scope, int year) -> List.of(new ChartSource.Chart(
                "delegations.byMonth",
                "chart.thisYear",
                List.of("1", "2", "3"),
                List.of(
                        new ChartSource.Series("chart.thisYear", List.of(big("1"), big("0"), big("2"))),
                        new ChartSource.Series("chart.lastYear", List.of(big("0"), big("1"), big("1"))))));
    }

    static BigDecimal big(String value) {
        return new BigDecimal(value);
    }
}
