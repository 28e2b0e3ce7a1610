package vn.doingoai.consular;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doingoai.report.Paragraph;
import vn.doingoai.report.ReportArea;
import vn.doingoai.report.ReportContext;
import vn.doingoai.report.ReportSection;

/**
 * Consular work in the report's sixth area: foreigners' entries approved and received, support paid
 * to the province's citizens, and citizen protection ("chưa phát sinh" when there was none).
 * Templates: {@code consular.report.*}.
 */
@Component
class ConsularReportSection implements ReportSection {

    @Override
    public ReportArea area() {
        return ReportArea.CONSULAR;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String titleKey() {
        return "consular.report.title";
    }

    @Override
    public List<String> figures() {
        return List.of("consular.entries.", "consular.citizens.", "consular.protection.");
    }

    @Override
    public List<Paragraph> write(ReportContext report) {
        return List.of(
                report.paragraph(report.sentence("consular.report.entries", "consular.report.received")),
                report.paragraph(
                        report.sentence("consular.report.support"),
                        report.sentence("consular.report.protection").orElse("consular.report.protection.none")));
    }
}
