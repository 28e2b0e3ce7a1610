package vn.doingoai.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.doingoai.money.VietnameseFormat;
import vn.doingoai.period.Period;
import vn.doingoai.unit.Unit;
import vn.doingoai.unit.UnitLevel;

/**
 * The parts of an administrative document of Decree 30/2020/NĐ-CP, ready for Word or PDF: the
 * issuing body, the number, the national motto, place and date, the kind and subject, the body by
 * section, the recipients and the signer.
 */
record DocumentModel(
        String issuerAbove,
        String issuer,
        String number,
        String placeAndDate,
        String subject,
        List<Section> sections,
        List<String> recipients,
        String signerTitle,
        String signerName) {

    static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    static final String KIND = "BÁO CÁO";
    static final String RECIPIENTS = "Nơi nhận:";
    static final Locale VI = Locale.forLanguageTag("vi");

    record Section(String heading, String text) {
        /** The text's paragraphs (one per line). */
        List<String> paragraphs() {
            List<String> out = new ArrayList<>();
            for (String line : text.split("\\r?\\n")) {
                if (!line.isBlank()) {
                    out.add(line.trim());
                }
            }
            return out;
        }
    }

    static DocumentModel of(
            Unit unit, Unit province, Period period, Map<ReportSection, String> texts, LocalDate issuedOn) {
        boolean country = unit.getLevel() == UnitLevel.COUNTRY;
        String provinceName = province == null ? null : province.nameOn(period.to());
        String above;
        String issuer;
        if (country) {
            above = "BỘ NGOẠI GIAO";
            issuer = "CỤC NGOẠI VỤ";
        } else if (unit.getLevel() == UnitLevel.PROVINCE) {
            above = "UBND " + upper(provinceName);
            issuer = "SỞ NGOẠI VỤ";
        } else {
            above = provinceName == null ? "" : "UBND " + upper(provinceName);
            issuer = upper(unit.nameOn(period.to()));
        }
        String place = country ? "Hà Nội" : shortName(provinceName == null ? unit.getName() : provinceName);
        List<Section> sections = new ArrayList<>();
        for (ReportSection s : ReportSection.values()) {
            String text = texts.get(s);
            if (text != null && !text.isBlank()) {
                sections.add(new Section(s.numeral() + ". " + upper(s.title()), text));
            }
        }
        return new DocumentModel(
                above,
                issuer,
                "Số:        /BC-" + (country ? "NG" : "SNgV"),
                place + ", " + VietnameseFormat.longDate(issuedOn),
                "Kết quả công tác đối ngoại " + PeriodName.of(period),
                sections,
                List.of("- Bộ Ngoại giao;", country ? "- Lãnh đạo Bộ;" : "- TT Tỉnh ủy, UBND tỉnh;", "- Lưu: VT.", ""),
                "GIÁM ĐỐC",
                "(Ký, ghi rõ họ tên)");
    }

    static String upper(String text) {
        return text == null ? "" : text.toUpperCase(VI);
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
}
