package vn.doingoai.overseas;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.doingoai.event.Events;
import vn.doingoai.money.VietnameseFormat;
import vn.doingoai.report.Paragraph;
import vn.doingoai.report.ReportArea;
import vn.doingoai.report.ReportContext;
import vn.doingoai.report.ReportSection;

/**
 * Overseas Vietnamese in the report's fifth area: the homeland events ("Xuân quê hương", named when
 * there are a few) and the donations of the province's people abroad in USD with their VND
 * equivalent; a donation in a currency without a rate is named ("chưa kể 2.000 CHF chưa có tỷ giá
 * quy đổi"), never counted as 0. Templates: {@code overseas.report.*}.
 */
@Component
class OverseasReportSection implements ReportSection {

    /** Up to this many homeland events are named. */
    static final int NAMED_EVENTS = 3;

    private final Events events;
    private final OverseasDonations donations;

    OverseasReportSection(Events events, OverseasDonations donations) {
        this.events = events;
        this.donations = donations;
    }

    @Override
    public ReportArea area() {
        return ReportArea.OVERSEAS;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String titleKey() {
        return "overseas.report.title";
    }

    @Override
    public List<String> figures() {
        return List.of("events.homeland", "overseas.");
    }

    @Override
    public List<Paragraph> write(ReportContext report) {
        var period = report.period();
        String named = "";
        if (report.value("events.homeland").signum() > 0) {
            List<String> titles = events.homelandTitles(report.scope(), period.from(), period.to());
            if (titles.size() <= NAMED_EVENTS) {
                named = report.join(titles.stream().map(t -> "“" + t + "”").toList());
            }
        }
        Map<String, BigDecimal> missing = donations.unconverted(report.scope(), period.from(), period.to());
        String unconverted = report.join(missing.entrySet().stream()
                .map(e -> VietnameseFormat.amount(e.getValue(), e.getKey(), report.locale()))
                .toList());
        var given = report.value("overseas.donations").signum() > 0
                ? report.sentence("overseas.report.donations", "overseas.report.unconverted")
                : report.sentence("overseas.report.donations.unconverted");
        return List.of(
                report.paragraph(report.sentence("overseas.report.homeland").with("events", named)),
                report.paragraph(given.with("unconverted", unconverted)));
    }
}
