package vn.doingoai.direction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.doingoai.report.Paragraph;
import vn.doingoai.report.ReportArea;
import vn.doingoai.report.ReportContext;
import vn.doingoai.report.ReportSection;

/**
 * "Công tác chỉ đạo, điều hành", the first section of the report's eighth area: the policy documents
 * issued in the period, each named the way the reports name it ("Kế hoạch số 108/KH-UBND ngày
 * 10/6/2021 về …"), and the tasks they assign: those due in the period, done on time, and those
 * overdue at its end. Templates: {@code direction.report.*}.
 */
@Component
class DirectionReportSection implements ReportSection {

    /** How many documents the report names before "và N văn bản khác" (a national report has many). */
    static final int NAMED = 30;

    private final PolicyDocuments documents;

    DirectionReportSection(PolicyDocuments documents) {
        this.documents = documents;
    }

    @Override
    public ReportArea area() {
        return ReportArea.DIRECTION;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String titleKey() {
        return "direction.report.title";
    }

    @Override
    public List<String> figures() {
        return List.of(DocumentFigures.ISSUED, "tasks.");
    }

    @Override
    public List<Paragraph> write(ReportContext report) {
        return List.of(
                report.paragraph(report.sentence("direction.report.documents").with("documents", named(report))),
                report.paragraph(report.sentence("direction.report.tasks.due", "direction.report.tasks.overdue")
                        .with("end", report.date(report.period().to()))));
    }

    /** The documents issued in the period, named one after the other; "" when none. */
    private String named(ReportContext report) {
        List<DocumentRef> issued = documents.issued(
                report.scope(), report.period().from(), report.period().to());
        List<String> names = new ArrayList<>();
        for (DocumentRef d : issued.subList(0, Math.min(NAMED, issued.size()))) {
            names.add(report.text(
                    "direction.report.document",
                    report.text(d.kind() == DocumentKind.OTHER ? "direction.report.kind.OTHER" : d.kindKey()),
                    d.number(),
                    report.date(d.issuedOn()),
                    report.english() ? d.title() : about(d.title())));
        }
        if (issued.size() > NAMED) {
            names.add(report.text("direction.report.more", issued.size() - NAMED));
        }
        return String.join("; ", names);
    }

    /**
     * A document's title (trích yếu) as it follows "về": without its own "Về"/"V/v", its first word in
     * lower case unless it is a name (its second word capitalised: "Bắc Giang…") or an
     * abbreviation ("ODA…"): "Thực hiện Chỉ thị…" becomes "thực hiện Chỉ thị…".
     */
    static String about(String title) {
        String t = title.strip().replaceFirst("(?iu)^(v/v|về)\\s+", "");
        if (t.toLowerCase(Locale.ROOT).startsWith("việc ")) {
            return t.substring(0, 1).toLowerCase(Locale.ROOT) + t.substring(1);
        }
        String[] words = t.split("\\s+", 3);
        boolean named = words.length < 2
                || words[0].equals(words[0].toUpperCase(Locale.ROOT))
                || !Character.isLowerCase(words[1].codePointAt(0));
        if (named || t.isEmpty()) {
            return t;
        }
        int first = t.codePointAt(0);
        return new String(Character.toChars(Character.toLowerCase(first))) + t.substring(Character.charCount(first));
    }
}
