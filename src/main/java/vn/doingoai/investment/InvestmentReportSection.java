package vn.doingoai.investment;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doingoai.report.Paragraph;
import vn.doingoai.report.ReportArea;
import vn.doingoai.report.ReportContext;
import vn.doingoai.report.ReportSection;

/**
 * Foreign direct investment in the report's economic area: the projects licensed and expanded in
 * the period with their capital, and the projects in force at its end. Templates: {@code
 * investment.report.*}.
 */
@Component
class InvestmentReportSection implements ReportSection {

    @Override
    public ReportArea area() {
        return ReportArea.ECONOMIC;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String titleKey() {
        return "investment.report.title";
    }

    @Override
    public List<String> figures() {
        return List.of("fdi.");
    }

    @Override
    public List<Paragraph> write(ReportContext report) {
        return List.of(report.paragraph(
                report.sentence("investment.report.registered")
                        .with("projects", report.value("fdi.projects.new").add(report.value("fdi.projects.adjusted")))
                        .with("kinds", report.list("investment.report.new", "investment.report.adjusted"))
                        .orElse("investment.report.none"),
                report.sentence("investment.report.active")));
    }
}
