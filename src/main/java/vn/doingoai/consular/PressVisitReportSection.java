package vn.doingoai.consular;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doingoai.report.Paragraph;
import vn.doingoai.report.ReportArea;
import vn.doingoai.report.ReportContext;
import vn.doingoai.report.ReportSection;

/**
 * The visits of foreign press in the report's third area (foreign information). Templates: {@code
 * consular.report.press.*}.
 */
@Component
class PressVisitReportSection implements ReportSection {

    @Override
    public ReportArea area() {
        return ReportArea.CULTURE;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String titleKey() {
        return "consular.report.press.title";
    }

    @Override
    public List<String> figures() {
        return List.of("consular.press.");
    }

    @Override
    public List<Paragraph> write(ReportContext report) {
        return List.of(report.paragraph(report.sentence("consular.report.press.visits")));
    }
}
