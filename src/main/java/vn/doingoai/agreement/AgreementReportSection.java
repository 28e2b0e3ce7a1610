package vn.doingoai.agreement;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doingoai.report.Paragraph;
import vn.doingoai.report.ReportArea;
import vn.doingoai.report.ReportContext;
import vn.doingoai.report.ReportSection;

/**
 * The agreements in the report's first area: those signed in the period, by level, and those in
 * force at its end ("Trong 9 tháng năm 2021, tỉnh đã ký kết 01 thỏa thuận quốc tế…"). Templates:
 * {@code agreement.report.*}.
 */
@Component
class AgreementReportSection implements ReportSection {

    @Override
    public ReportArea area() {
        return ReportArea.POLITICAL;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String titleKey() {
        return "agreement.report.title";
    }

    @Override
    public List<String> figures() {
        return List.of("agreements.");
    }

    @Override
    public List<Paragraph> write(ReportContext report) {
        String levels = report.list(
                "agreement.report.level.province", "agreement.report.level.agency", "agreement.report.level.commune");
        String inForceLevels = report.list(
                "agreement.report.inForce.province",
                "agreement.report.inForce.agency",
                "agreement.report.inForce.commune");
        return List.of(report.paragraph(report.sentence("agreement.report.signed", "agreement.report.inForce")
                .with("levels", levels)
                .with("inForceLevels", inForceLevels)));
    }
}
