package vn.doingoai.border;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.doingoai.report.Paragraph;
import vn.doingoai.report.ReportArea;
import vn.doingoai.report.ReportContext;
import vn.doingoai.report.ReportSection;
import vn.doingoai.unit.UnitBorders;

/**
 * The border in the report's seventh area, only for a report whose units lie on the border (a
 * border province, a commune of one, a province that took one over in 2025, the country): the
 * gates and those closed on the last day ("cửa khẩu phụ, lối mở… dừng hoạt động"), the incidents
 * and how many were resolved, the friendship pairs. Templates: {@code border.report.*}.
 */
@Component
class BorderReportSection implements ReportSection {

    /** Up to this many closed gates are named. */
    static final int NAMED_GATES = 5;

    private final UnitBorders borders;
    private final BorderGates gates;
    private final FriendshipPairs pairs;

    BorderReportSection(UnitBorders borders, BorderGates gates, FriendshipPairs pairs) {
        this.borders = borders;
        this.gates = gates;
        this.pairs = pairs;
    }

    @Override
    public ReportArea area() {
        return ReportArea.BORDER;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String titleKey() {
        return "border.report.title";
    }

    @Override
    public List<String> figures() {
        return List.of("border.");
    }

    @Override
    public List<Paragraph> write(ReportContext report) {
        if (!borders.anyBorder(report.scope())) {
            return List.of();
        }
        LocalDate from = report.period().from();
        LocalDate end = report.period().to();
        List<BorderGateData> all = gates.inScope(report.scope());
        List<BorderGateData> closed = all.stream().filter(g -> !g.openOn(end)).toList();
        String named = closed.size() > NAMED_GATES
                ? ""
                : report.join(closed.stream()
                        .map(g -> report.text("border.report.kind." + g.kind()) + " " + g.name() + " "
                                + report.text(
                                        "border.report.since",
                                        report.date(
                                                g.closureOn(end).orElseThrow().from())))
                        .toList());
        return List.of(
                report.paragraph(report.sentence("border.report.gates")
                        .with("end", report.date(end))
                        .with("gates", all.size())
                        .with("closedCount", closed.size())
                        .with("closed", named)),
                report.paragraph(report.sentence("border.report.incidents").orElse("border.report.incidents.none")),
                report.paragraph(report.sentence("border.report.pairs")
                        .with("newPairs", pairs.establishedIn(report.scope(), from, end))));
    }
}
