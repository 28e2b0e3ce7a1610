package vn.doingoai.report;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.doingoai.unit.Unit;
import vn.doingoai.unit.UnitLevel;

/** How the report names its units: "tỉnh", "tỉnh Bắc Giang", "Bac Giang Province". */
final class ReportWords {

    private ReportWords() {}

    static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    /** The message key of the word for who did the work: {@code report.subject.province}. */
    static String subjectKey(Unit unit) {
        if (unit == null || unit.getLevel() == UnitLevel.COUNTRY) {
            return "report.subject.country";
        }
        if (unit.getLevel() == UnitLevel.PROVINCE) {
            return unit.getName().startsWith("Thành phố") ? "report.subject.city" : "report.subject.province";
        }
        return "report.subject.unit";
    }

    /** The unit by its name on a date, as a sentence writes it: "tỉnh Bắc Giang", "Sở Ngoại vụ", "Bac Giang Province". */
    static String unitName(Unit unit, LocalDate on, Locale locale) {
        String name = unit.nameOn(on);
        if (english(locale)) {
            return unit.getLevel() == UnitLevel.COUNTRY ? "Viet Nam" : englishName(name);
        }
        if (unit.getLevel() == UnitLevel.COUNTRY) {
            return "cả nước";
        }
        if (unit.getLevel() == UnitLevel.PROVINCE && (name.startsWith("Tỉnh ") || name.startsWith("Thành phố "))) {
            return Character.toLowerCase(name.charAt(0)) + name.substring(1);
        }
        return name;
    }

    /** "Tỉnh Thái Nguyên" → "Thai Nguyen Province"; "Thành phố Hà Nội" → "Ha Noi City"; others without marks. */
    static String englishName(String name) {
        if (name == null) {
            return "";
        }
        if (name.startsWith("Tỉnh ")) {
            return ascii(name.substring(5)) + " Province";
        }
        if (name.startsWith("Thành phố ")) {
            return ascii(name.substring(10)) + " City";
        }
        return ascii(name);
    }

    /** "Thái Nguyên" → "Thái Nguyên" without its marks: "Thai Nguyen". */
    static String ascii(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return plain.replaceAll("\\p{M}+", "");
    }

    /** "Tỉnh Thái Nguyên" → "Thái Nguyên"; "Thành phố Hà Nội" → "Hà Nội". */
    static String shortName(String name) {
        if (name == null) {
            return "";
        }
        for (String prefix : List.of("Tỉnh ", "Thành phố ", "TP. ")) {
            if (name.startsWith(prefix)) {
                return name.substring(prefix.length());
            }
        }
        return name;
    }

    static String upper(String text) {
        return text == null ? "" : text.toUpperCase(Locale.forLanguageTag("vi"));
    }
}
