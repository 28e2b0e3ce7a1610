package vn.doingoai.support;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * The text of the periodic report as its Word document ({@code /api/v1/reports/summary.docx}) reads:
 * its body's paragraphs, one a line (the header table left out), for tests of report sections.
 */
public final class ReportText {

    private ReportText() {}

    /** The Vietnamese report of a unit over the days {@code from}–{@code to} (ISO). */
    public static String of(Api api, String unit, String from, String to) throws Exception {
        return of(api, unit, from, to, "vi");
    }

    public static String of(Api api, String unit, String from, String to, String lang) throws Exception {
        byte[] docx = api.get(
                        "/api/v1/reports/summary.docx?unit=" + unit + "&from=" + from + "&to=" + to + "&lang=" + lang)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        StringBuilder out = new StringBuilder();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p && !p.getText().isBlank()) {
                    out.append(p.getText().strip()).append('\n');
                }
            }
        }
        return out.toString();
    }
}
