package vn.doingoai.ngo;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doingoai.report.Paragraph;
import vn.doingoai.report.ReportArea;
import vn.doingoai.report.ReportContext;
import vn.doingoai.report.ReportSection;

/**
 * The foreign NGOs registered to work in the province, in the report's fourth area before the aid
 * they bring (aid's section is 20), as the seeds open it: "Trên địa bàn tỉnh hiện có 59 tổ chức phi
 * chính phủ nước ngoài đăng ký hoạt động". Templates: {@code ngo.report.*}.
 */
@Component
class NgoReportSection implements ReportSection {

    @Override
    public ReportArea area() {
        return ReportArea.PEOPLE;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String titleKey() {
        return "ngo.report.title";
    }

    @Override
    public List<String> figures() {
        return List.of("ngos.");
    }

    @Override
    public List<Paragraph> write(ReportContext report) {
        return List.of(report.paragraph(report.sentence("ngo.report.registered")
                .with("end", report.date(report.period().to()))));
    }
}
