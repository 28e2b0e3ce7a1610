package vn.doingoai.news;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doingoai.report.Paragraph;
import vn.doingoai.report.ReportArea;
import vn.doingoai.report.ReportContext;
import vn.doingoai.report.ReportSection;

/** Thông tin đối ngoại: the news published on the site in the period. Templates: {@code news.report.*}. */
@Component
class NewsReportSection implements ReportSection {

    @Override
    public ReportArea area() {
        return ReportArea.CULTURE;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String titleKey() {
        return "news.report.title";
    }

    @Override
    public List<String> figures() {
        return List.of(NewsFigures.ARTICLES);
    }

    @Override
    public List<Paragraph> write(ReportContext report) {
        return List.of(report.paragraph(report.sentence("news.report.articles")));
    }
}
