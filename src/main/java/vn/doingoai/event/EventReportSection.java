package vn.doingoai.event;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doingoai.report.Paragraph;
import vn.doingoai.report.ReportArea;
import vn.doingoai.report.ReportContext;
import vn.doingoai.report.ReportSection;

/**
 * The conferences, seminars and events hosted or attended, in the report's first area, with those
 * held online and their bridge points. Templates: {@code event.report.*}.
 */
@Component
class EventReportSection implements ReportSection {

    @Override
    public ReportArea area() {
        return ReportArea.POLITICAL;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String titleKey() {
        return "event.report.title";
    }

    @Override
    public List<String> figures() {
        return List.of(
                "events.hosted",
                "events.hosted.online",
                "events.attended",
                "events.attended.online",
                "events.bridgePoints");
    }

    @Override
    public List<Paragraph> write(ReportContext report) {
        return List.of(report.paragraph(report.sentence("event.report.hosted", "event.report.attended")));
    }
}
