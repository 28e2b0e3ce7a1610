package vn.doingoai.delegation;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doingoai.report.Paragraph;
import vn.doingoai.report.ReportArea;
import vn.doingoai.report.ReportContext;
import vn.doingoai.report.ReportSection;

/**
 * Delegations out and in, in the report's sixth area: "02 đoàn/02 lượt người đi công tác nước
 * ngoài". Templates: {@code delegation.report.*}.
 */
@Component
class DelegationReportSection implements ReportSection {

    @Override
    public ReportArea area() {
        return ReportArea.CONSULAR;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String titleKey() {
        return "delegation.report.title";
    }

    @Override
    public List<String> figures() {
        return List.of("delegations.");
    }

    @Override
    public List<Paragraph> write(ReportContext report) {
        return List.of(report.paragraph(report.sentence("delegation.report.outgoing", "delegation.report.incoming")
                .orElse("delegation.report.none")));
    }
}
