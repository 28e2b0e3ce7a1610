package vn.doingoai.letter;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doingoai.report.Paragraph;
import vn.doingoai.report.ReportArea;
import vn.doingoai.report.ReportContext;
import vn.doingoai.report.ReportSection;

/**
 * The official letters in the report's first area, first as the seeds write it ("duy trì quan hệ
 * hợp tác hữu nghị... thông qua việc trao đổi Công thư... trong các dịp lễ, Tết"): the letters sent,
 * to how many partners and for what, and those received. Templates: {@code letter.report.*}.
 */
@Component
class LetterReportSection implements ReportSection {

    private final Letters letters;

    LetterReportSection(Letters letters) {
        this.letters = letters;
    }

    @Override
    public ReportArea area() {
        return ReportArea.POLITICAL;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public String titleKey() {
        return "letter.report.title";
    }

    @Override
    public List<String> figures() {
        return List.of("letters.");
    }

    @Override
    public List<Paragraph> write(ReportContext report) {
        if (report.value("letters.sent").signum() == 0) {
            return List.of(report.paragraph(report.sentence("letter.report.receivedOnly")));
        }
        Letters.Sent sent = letters.sent(
                report.scope(), report.period().from(), report.period().to());
        String occasions = report.join(sent.occasions().stream()
                .map(o -> report.text("letter.report.occasion." + o))
                .toList());
        return List.of(report.paragraph(report.sentence("letter.report.sent", "letter.report.received")
                .with("partners", sent.partners())
                .with("occasions", occasions)));
    }
}
