package vn.doingoai.direction;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doingoai.report.Paragraph;
import vn.doingoai.report.ReportArea;
import vn.doingoai.report.ReportContext;
import vn.doingoai.report.ReportSection;

/**
 * The training of the staff in foreign affairs, in the report's eighth area after direction: the
 * courses starting in the period and their trainees. Templates: {@code training.report.*}.
 */
@Component
class TrainingReportSection implements ReportSection {

    @Override
    public ReportArea area() {
        return ReportArea.DIRECTION;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String titleKey() {
        return "training.report.title";
    }

    @Override
    public List<String> figures() {
        return List.of(TrainingFigures.COURSES, TrainingFigures.TRAINEES);
    }

    @Override
    public List<Paragraph> write(ReportContext report) {
        return List.of(report.paragraph(report.sentence("training.report.courses")));
    }
}
