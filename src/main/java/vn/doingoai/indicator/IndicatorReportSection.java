package vn.doingoai.indicator;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.doingoai.report.Paragraph;
import vn.doingoai.report.ReportArea;
import vn.doingoai.report.ReportContext;
import vn.doingoai.report.ReportSection;
import vn.doingoai.report.Summary;

/**
 * Exports, imports and the other indicators in the report's economic area: "Tổng giá trị xuất khẩu
 * 9 tháng năm 2021 đạt 21,31 tỷ USD, tăng 7,3% so với cùng kỳ, bằng 75,7% kế hoạch"; a rate (GRDP
 * growth) with the year before's rate beside it. Templates: {@code indicator.report.*}.
 */
@Component
class IndicatorReportSection implements ReportSection {

    private static final List<String> TRADE = List.of("trade.export", "trade.import", "trade.total");

    private final Indicators indicators;

    IndicatorReportSection(Indicators indicators) {
        this.indicators = indicators;
    }

    @Override
    public ReportArea area() {
        return ReportArea.ECONOMIC;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String titleKey() {
        return "indicator.report.title";
    }

    /** Every indicator, built in or defined by users. */
    @Override
    public List<String> figures() {
        return indicators.all().stream().map(IndicatorData::code).toList();
    }

    @Override
    public List<Paragraph> write(ReportContext report) {
        String language = report.locale().getLanguage();
        List<Paragraph> out = new ArrayList<>();
        out.add(report.paragraph(
                report.sentence("indicator.report.export"),
                report.sentence("indicator.report.import"),
                report.sentence("indicator.report.total")));
        for (IndicatorData indicator : indicators.all()) {
            Summary.Figure figure = report.figure(indicator.code());
            if (figure == null || TRADE.contains(indicator.code())) {
                continue;
            }
            boolean rate = "PERCENT".equals(indicator.measure()) || "%".equals(indicator.measure());
            out.add(report.paragraph(report.sentence(rate ? "indicator.report.rate" : "indicator.report.other")
                    .with("label", indicator.name(language))
                    .with("value", figure)));
        }
        return out;
    }
}
