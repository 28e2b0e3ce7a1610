package vn.doingoai.aid;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doingoai.report.Paragraph;
import vn.doingoai.report.ReportArea;
import vn.doingoai.report.ReportContext;
import vn.doingoai.report.ReportSection;

/**
 * Foreign NGO aid in the report's fourth area: the money disbursed and committed in the period, and
 * the programmes and projects under way with their donors. Templates: {@code aid.report.*}.
 */
@Component
class AidReportSection implements ReportSection {

    @Override
    public ReportArea area() {
        return ReportArea.PEOPLE;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String titleKey() {
        return "aid.report.title";
    }

    @Override
    public List<String> figures() {
        return List.of("aid.");
    }

    @Override
    public List<Paragraph> write(ReportContext report) {
        return List.of(report.paragraph(
                report.sentence("aid.report.disbursed", "aid.report.committed"), report.sentence("aid.report.items")));
    }
}
