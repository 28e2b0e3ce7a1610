package vn.doingoai.indicator.reading;

import java.util.ArrayList;
import java.util.List;
import vn.doingoai.money.VietnameseFormat;

/**
 * The review page's form: the unit and one row per figure read, which the officer accepts or not
 * and may correct. Values are shown and typed the Vietnamese way ({@code 21.310.000.000}, {@code
 * 7,3}).
 */
public class ReviewForm {

    private String unit;
    private String period;
    private List<Row> rows = new ArrayList<>();

    static ReviewForm of(String unit, String period, List<ReadFigure> figures) {
        ReviewForm form = new ReviewForm();
        form.unit = unit;
        form.period = period;
        for (ReadFigure f : figures) {
            Row row = new Row();
            row.accept = true;
            row.indicator = f.indicator();
            row.period = f.period();
            row.kind = f.kind().name();
            row.value = VietnameseFormat.number(f.value(), 6);
            row.text = f.text();
            row.start = f.start();
            row.end = f.end();
            row.derived = f.derived();
            row.basis = f.basis();
            form.rows.add(row);
        }
        return form;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public List<Row> getRows() {
        return rows;
    }

    public void setRows(List<Row> rows) {
        this.rows = rows;
    }

    /** One figure: accepted or not, its corrected fields, and the sentence it was read from. */
    public static class Row {
        private static final java.util.regex.Pattern BASIS_TOKEN =
                java.util.regex.Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})|\\d+(?:\\.\\d+)?");

        private boolean accept;
        private String indicator;
        private String period;
        private String kind;
        private String value;
        private String text;
        private int start;
        private int end;
        private boolean derived;
        private String basis;

        /** The sentence before the words the figure was read from. */
        public String before() {
            return text == null ? "" : text.substring(0, clamp(start));
        }

        /** The words the figure was read from, to highlight. */
        public String marked() {
            return text == null ? "" : text.substring(clamp(start), Math.max(clamp(start), clamp(end)));
        }

        /** The sentence after them. */
        public String after() {
            return text == null ? "" : text.substring(Math.max(clamp(start), clamp(end)));
        }

        /**
         * How a derived figure was computed, written the Vietnamese way: {@code 21.310.000.000 ÷
         * 0,757}, dates {@code 30/06/2023}.
         */
        public String basisText() {
            if (basis == null) {
                return "";
            }
            java.util.regex.Matcher m = BASIS_TOKEN.matcher(basis.replace(" / ", " ÷ "));
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String replacement = m.group(1) != null
                        ? m.group(3) + "/" + m.group(2) + "/" + m.group(1)
                        : VietnameseFormat.number(new java.math.BigDecimal(m.group()), 6);
                m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(replacement));
            }
            return m.appendTail(out).toString();
        }

        private int clamp(int i) {
            return Math.max(0, Math.min(i, text.length()));
        }

        public boolean isAccept() {
            return accept;
        }

        public void setAccept(boolean accept) {
            this.accept = accept;
        }

        public String getIndicator() {
            return indicator;
        }

        public void setIndicator(String indicator) {
            this.indicator = indicator;
        }

        public String getPeriod() {
            return period;
        }

        public void setPeriod(String period) {
            this.period = period;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public int getStart() {
            return start;
        }

        public void setStart(int start) {
            this.start = start;
        }

        public int getEnd() {
            return end;
        }

        public void setEnd(int end) {
            this.end = end;
        }

        public boolean isDerived() {
            return derived;
        }

        public void setDerived(boolean derived) {
            this.derived = derived;
        }

        public String getBasis() {
            return basis;
        }

        public void setBasis(String basis) {
            this.basis = basis;
        }
    }
}
