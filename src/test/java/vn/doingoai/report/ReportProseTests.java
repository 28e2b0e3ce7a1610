package vn.doingoai.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import vn.doingoai.period.Period;

/**
 * The sentence helper of the report sections: figures written the way the reports write them, and
 * every part whose figures are zero left out, whoever writes the template.
 */
class ReportProseTests {

    static final Locale VI = Locale.forLanguageTag("vi");

    final StaticMessageSource messages = new StaticMessageSource();
    final Map<String, Summary.Figure> figures = new LinkedHashMap<>();

    ReportProseTests() {
        for (Locale l : List.of(VI, Locale.ENGLISH)) {
            messages.addMessage("report.subject.country", l, l == VI ? "cả nước" : "the country");
        }
        messages.addMessage("report.prose.up", VI, ", tăng {0} so với cùng kỳ");
        messages.addMessage("report.prose.down", VI, ", giảm {0} so với cùng kỳ");
        messages.addMessage("report.prose.same", VI, ", bằng cùng kỳ");
        messages.addMessage("report.prose.plan", VI, ", bằng {0} kế hoạch");
        messages.addMessage("report.prose.vnd", VI, "(tương đương {0})");
        messages.addMessage("report.prose.and", VI, "và");
        messages.addMessage("report.prose.up", Locale.ENGLISH, ", up {0} on the same period a year before");
        messages.addMessage("report.prose.plan", Locale.ENGLISH, ", {0} of the plan");
        messages.addMessage("report.prose.and", Locale.ENGLISH, "and");
        messages.addMessage(
                "t.signed", VI, "trong {period}, đã ký kết {a} thỏa thuận quốc tế[ (gồm {levels})]{a:change}");
        messages.addMessage("t.inForce", VI, "đến nay có {b} thỏa thuận quốc tế đang có hiệu lực");
        messages.addMessage("t.province", VI, "{p} thỏa thuận cấp tỉnh");
        messages.addMessage("t.commune", VI, "{c} thỏa thuận cấp xã");
        messages.addMessage("t.export", VI, "xuất khẩu {period} đạt {x}{x:change}{x:plan}{x:vnd}");
        messages.addMessage("t.delegations", VI, "cử {d} đoàn[/{dp} lượt người][ (cùng kỳ {d:previous} đoàn)]");
        messages.addMessage("t.none", VI, "trong {period}, chưa phát sinh vụ việc bảo hộ công dân");
        messages.addMessage("t.cases", VI, "giải quyết {cases} vụ việc");
        messages.addMessage("t.export", Locale.ENGLISH, "exports in {period} reached {x}{x:change}{x:plan}");
        messages.addMessage(
                "t.delegations", Locale.ENGLISH, "it sent {d|delegation|delegations}[ ({dp|person|persons})]");
        messages.addMessage("t.broken", VI, "đạt {x:sideways}");
    }

    ReportContext context(Locale locale) {
        Summary summary = new Summary(
                new Summary.UnitName("VN", "Việt Nam"),
                "2021-01-01",
                "2021-09-30",
                "2020-01-01",
                "2020-09-30",
                figures,
                List.of());
        return new ReportContext(
                null,
                null,
                Period.ofCode("2021-9M"),
                summary,
                locale,
                messages,
                (amount, from, to, date) -> "USD".equals(from) && "VND".equals(to)
                        ? Optional.of(amount.multiply(BigDecimal.valueOf(23000)))
                        : Optional.empty());
    }

    void figure(String key, String value, String unit, String previous, String changePct, String planPct) {
        figures.put(
                key,
                new Summary.Figure(
                        new BigDecimal(value),
                        unit,
                        previous == null ? null : new BigDecimal(previous),
                        changePct == null ? null : new BigDecimal(changePct),
                        null,
                        planPct == null ? null : new BigDecimal(planPct),
                        null));
    }

    String write(Locale locale, Sentence sentence) {
        return context(locale).paragraph(sentence).text();
    }

    @Test
    void aClauseWhoseFigureIsZeroIsLeftOutAndTheSentenceStartsWithACapital() {
        figure("a", "0", "AGREEMENTS", "1", "-100", null);
        figure("b", "5", "AGREEMENTS", "4", "25", null);
        ReportContext c = context(VI);
        assertThat(c.paragraph(c.sentence("t.signed", "t.inForce")).text())
                .isEqualTo("Đến nay có 05 thỏa thuận quốc tế đang có hiệu lực.");
        figure("a", "2", "AGREEMENTS", "1", "100", null);
        figure("p", "2", "AGREEMENTS", null, null, null);
        figure("c", "0", "AGREEMENTS", null, null, null);
        c = context(VI);
        String levels = c.list("t.province", "t.commune");
        assertThat(levels).isEqualTo("02 thỏa thuận cấp tỉnh");
        assertThat(c.paragraph(c.sentence("t.signed", "t.inForce").with("levels", levels))
                        .text())
                .isEqualTo(
                        "Trong 9 tháng năm 2021, đã ký kết 02 thỏa thuận quốc tế (gồm 02 thỏa thuận cấp tỉnh), tăng 100%"
                                + " so với cùng kỳ; đến nay có 05 thỏa thuận quốc tế đang có hiệu lực.");
        figure("c", "1", "AGREEMENTS", null, null, null);
        assertThat(context(VI).list("t.province", "t.commune"))
                .isEqualTo("02 thỏa thuận cấp tỉnh và 01 thỏa thuận cấp xã");
        figure("a", "0", "AGREEMENTS", null, null, null);
        figure("b", "0", "AGREEMENTS", null, null, null);
        assertThat(write(VI, context(VI).sentence("t.signed", "t.inForce"))).isEmpty();
    }

    @Test
    void moneyGrowthAndPlanAreWrittenAsTheReportsWriteThem() {
        figure("x", "21310000000", "USD", "19860000000", "7.3", "75.7");
        assertThat(write(VI, context(VI).sentence("t.export")))
                .isEqualTo("Xuất khẩu 9 tháng năm 2021 đạt 21,31 tỷ USD, tăng 7,3% so với cùng kỳ, bằng 75,7% kế hoạch"
                        + " (tương đương 490.130 tỷ đồng).");
        assertThat(write(Locale.ENGLISH, context(Locale.ENGLISH).sentence("t.export")))
                .isEqualTo(
                        "Exports in the first 9 months of 2021 reached 21.31 billion USD, up 7.3% on the same period a"
                                + " year before, 75.7% of the plan.");
        // nothing to compare with: no growth, no plan
        figure("x", "438470", "USD", "0", null, null);
        assertThat(write(VI, context(VI).sentence("t.export")))
                .isEqualTo("Xuất khẩu 9 tháng năm 2021 đạt 438.470 USD (tương đương 10,08 tỷ đồng).");
        figure("x", "438470", "USD", "444830", "-1.43", null);
        assertThat(write(VI, context(VI).sentence("t.export"))).contains("giảm 1,43% so với cùng kỳ");
    }

    @Test
    void smallCountsTakeTheirLeadingZeroAndEnglishCountsTheirNoun() {
        figure("d", "2", "DELEGATIONS", "0", null, null);
        figure("dp", "2", "PERSONS", "0", null, null);
        assertThat(write(VI, context(VI).sentence("t.delegations"))).isEqualTo("Cử 02 đoàn/02 lượt người.");
        assertThat(write(Locale.ENGLISH, context(Locale.ENGLISH).sentence("t.delegations")))
                .isEqualTo("It sent 2 delegations (2 persons).");
        figure("d", "1", "DELEGATIONS", "3", "-66.67", null);
        figure("dp", "0", "PERSONS", "0", null, null);
        assertThat(write(VI, context(VI).sentence("t.delegations"))).isEqualTo("Cử 01 đoàn (cùng kỳ 03 đoàn).");
        assertThat(write(Locale.ENGLISH, context(Locale.ENGLISH).sentence("t.delegations")))
                .isEqualTo("It sent 1 delegation.");
        figure("d", "2907", "PERSONS", null, null, null);
        assertThat(write(VI, context(VI).sentence("t.delegations"))).isEqualTo("Cử 2.907 đoàn.");
    }

    @Test
    void aTopicTheReaderExpectsSaysThatNothingHappenedAsAFiller() {
        figure("cases", "0", "CASES", null, null, null);
        ReportContext c = context(VI);
        Paragraph none = c.paragraph(c.sentence("t.cases").orElse("t.none"));
        assertThat(none.text()).isEqualTo("Trong 9 tháng năm 2021, chưa phát sinh vụ việc bảo hộ công dân.");
        assertThat(none.filler()).isTrue();
        figure("cases", "3", "CASES", null, null, null);
        Paragraph some = context(VI).paragraph(context(VI).sentence("t.cases").orElse("t.none"));
        assertThat(some.text()).isEqualTo("Giải quyết 03 vụ việc.");
        assertThat(some.filler()).isFalse();
    }

    @Test
    void aTemplateWithAnUnknownFormIsADevelopersMistake() {
        figure("x", "1", "USD", null, null, null);
        assertThatThrownBy(() -> write(VI, context(VI).sentence("t.broken")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x:sideways");
    }
}
