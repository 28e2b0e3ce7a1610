package vn.doingoai.report;

import java.util.List;

/**
 * A section of the periodic report, contributed by a record module as a bean (see {@code
 * docs/record-modules.md}, "report section"). The report knows no section: it collects the beans,
 * orders them by {@link #area()} and {@link #order()}, leaves out a section with nothing in it, and
 * numbers the areas present I, II, III… (and the sections of an area 1, 2, 3… when it has several).
 * The Word and PDF documents, the report page and the drafts all show what {@link #write} gives.
 *
 * <p>A section writes its sentences from message templates of its own module ({@code
 * i18n/<module>.properties} and {@code _en}) through {@link ReportContext#sentence}: a template names
 * figures of the summary ({@code {delegations.outgoing}}) and the helper writes them as the reports
 * do, leaving out every part whose figures are zero.
 */
public interface ReportSection {

    /** The area of DOMAIN.md the section belongs to. */
    ReportArea area();

    /** Its place among the sections of its area (smaller first). */
    int order();

    /**
     * The message key of its title ({@code agreement.report.title}). It is also the section's
     * identity: drafts keep the officer's text of the section under it, so keep it stable.
     */
    String titleKey();

    /**
     * The figure keys the section writes about, or their prefixes ending in a dot ({@code
     * "agreements."}): the report page and the workbook show these figures under the section's area.
     */
    default List<String> figures() {
        return List.of();
    }

    /**
     * The section's paragraphs for a unit and a period; empty, or only fillers ("chưa phát sinh"),
     * when it has nothing to say: the section is then left out.
     */
    List<Paragraph> write(ReportContext context);

    /** Whether a list of {@link #figures()} names a figure key. */
    static boolean shows(List<String> figures, String figureKey) {
        for (String f : figures) {
            if (f.endsWith(".") ? figureKey.startsWith(f) : figureKey.equals(f)) {
                return true;
            }
        }
        return false;
    }
}
