package vn.doingoai.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.doingoai.period.Period;
import vn.doingoai.unit.Unit;
import vn.doingoai.unit.UnitLevel;

/**
 * Writes the body of the periodic report from a summary, one text per section, in the sentences the
 * provinces' reports use ("Tổng giá trị xuất khẩu 9 tháng năm 2021 đạt 21,31 tỷ USD, tăng 7,3% so
 * với cùng kỳ, bằng 75,7% kế hoạch"). The officer may edit each text before the document is made.
 */
@Component
class ReportText {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MessageSource messages;

    ReportText(MessageSource messages) {
        this.messages = messages;
    }

    Map<ReportSection, String> sections(Summary summary, Unit unit) {
        Period period = Period.of(java.time.LocalDate.parse(summary.from()), java.time.LocalDate.parse(summary.to()));
        String when = PeriodName.of(period);
        String who = subject(unit);
        Map<ReportSection, String> texts = new EnumMap<>(ReportSection.class);
        texts.put(ReportSection.POLITICAL, political(summary, when, who));
        texts.put(ReportSection.ECONOMIC, economic(summary, when));
        texts.put(ReportSection.AID, aid(summary, when));
        texts.put(ReportSection.CONSULAR, consular(summary, when, who));
        return texts;
    }

    /** "tỉnh", "thành phố", "đơn vị" or "cả nước": who did the work. */
    static String subject(Unit unit) {
        if (unit == null || unit.getLevel() == UnitLevel.COUNTRY) {
            return "cả nước";
        }
        if (unit.getLevel() == UnitLevel.PROVINCE) {
            return unit.getName().startsWith("Thành phố") ? "thành phố" : "tỉnh";
        }
        return "đơn vị";
    }

    private static String political(Summary s, String when, String who) {
        Summary.Figure signed = s.figure("agreements.signed");
        StringBuilder t = new StringBuilder();
        t.append("Trong ")
                .append(when)
                .append(", ")
                .append(who)
                .append(" đã ký kết ")
                .append(FigureText.value(signed))
                .append(" thỏa thuận quốc tế");
        List<String> levels = new ArrayList<>();
        level(levels, s, "agreements.signed.province", "cấp tỉnh");
        level(levels, s, "agreements.signed.agency", "cấp sở, ngành");
        level(levels, s, "agreements.signed.commune", "cấp xã");
        if (!levels.isEmpty()) {
            t.append(" (").append(String.join(", ", levels)).append(")");
        }
        t.append(FigureText.changeClause(signed))
                .append("; đến nay có ")
                .append(FigureText.value(s.figure("agreements.inForce")))
                .append(" thỏa thuận quốc tế đang có hiệu lực.");
        t.append(" Chủ trì tổ chức ")
                .append(FigureText.value(s.figure("events.hosted")))
                .append(" hội nghị, hội thảo, sự kiện đối ngoại");
        if (s.value("events.hosted.online").signum() > 0) {
            t.append(" (trong đó ")
                    .append(FigureText.value(s.figure("events.hosted.online")))
                    .append(" sự kiện tổ chức theo hình thức trực tuyến");
            if (s.value("events.bridgePoints").signum() > 0) {
                t.append(" với ")
                        .append(FigureText.value(s.figure("events.bridgePoints")))
                        .append(" điểm cầu trong và ngoài nước");
            }
            t.append(")");
        }
        t.append(FigureText.changeClause(s.figure("events.hosted")));
        t.append("; tham dự ")
                .append(FigureText.value(s.figure("events.attended")))
                .append(" sự kiện do các đối tác nước ngoài tổ chức.");
        return t.toString();
    }

    private static void level(List<String> out, Summary s, String key, String name) {
        if (s.value(key).signum() > 0) {
            out.add(name + ": " + FigureText.value(s.figure(key)));
        }
    }

    private String economic(Summary s, String when) {
        List<String> sentences = new ArrayList<>();
        Summary.Figure export = s.figure("trade.export");
        if (export != null && export.value().signum() != 0) {
            sentences.add("Tổng giá trị xuất khẩu " + when + " đạt " + FigureText.value(export)
                    + FigureText.changeClause(export) + FigureText.planClause(export) + ".");
        }
        Summary.Figure imports = s.figure("trade.import");
        if (imports != null && imports.value().signum() != 0) {
            sentences.add("Giá trị nhập khẩu " + when + " đạt " + FigureText.value(imports)
                    + FigureText.changeClause(imports) + FigureText.planClause(imports) + ".");
        }
        Summary.Figure total = s.figure("trade.total");
        if (total != null && total.value().signum() != 0) {
            sentences.add("Tổng kim ngạch xuất nhập khẩu đạt " + FigureText.value(total)
                    + FigureText.changeClause(total) + FigureText.planClause(total) + ".");
        }
        java.math.BigDecimal fdiAll = s.value("fdi.projects.new").add(s.value("fdi.projects.adjusted"));
        sentences.add("Về thu hút đầu tư trực tiếp nước ngoài (FDI), " + when + " có "
                + FigureText.value(fdiAll, "PROJECTS") + " dự án FDI được cấp mới và điều chỉnh: "
                + FigureText.value(s.figure("fdi.projects.new")) + " dự án cấp mới, "
                + FigureText.value(s.figure("fdi.projects.adjusted")) + " dự án điều chỉnh tăng vốn, tổng vốn đăng ký "
                + FigureText.value(s.figure("fdi.capital.registered"))
                + FigureText.changeClause(s.figure("fdi.capital.registered")) + ".");
        StringBuilder stock = new StringBuilder("Đến nay, trên địa bàn có ")
                .append(FigureText.value(s.figure("fdi.projects.active")))
                .append(" dự án FDI còn hiệu lực với tổng vốn đăng ký ")
                .append(FigureText.value(s.figure("fdi.capital.total")));
        if (s.value("fdi.countries").signum() > 0) {
            stock.append(", đến từ ")
                    .append(FigureText.value(s.figure("fdi.countries")))
                    .append(" quốc gia và vùng lãnh thổ");
        }
        sentences.add(stock.append(".").toString());
        for (Map.Entry<String, Summary.Figure> e : s.figures().entrySet()) {
            if (!FigureKeys.known(e.getKey()) && FigureKeys.sectionOf(e.getKey()) == ReportSection.ECONOMIC) {
                Summary.Figure f = e.getValue();
                boolean rate = "PERCENT".equals(f.unit()) || "%".equals(f.unit());
                String before = rate && f.previous() != null
                        ? " (cùng kỳ đạt " + FigureText.value(f.previous(), f.unit()) + ")"
                        : FigureText.changeClause(f);
                sentences.add(label(e.getKey()) + " " + when + " đạt " + FigureText.value(f) + before
                        + FigureText.planClause(f) + ".");
            }
        }
        return String.join(" ", sentences);
    }

    private static String aid(Summary s, String when) {
        Summary.Figure disbursed = s.figure("aid.disbursed");
        Summary.Figure committed = s.figure("aid.committed");
        StringBuilder t = new StringBuilder(
                        "Giá trị giải ngân các chương trình, dự án viện trợ phi chính phủ nước ngoài ")
                .append(when)
                .append(" đạt ")
                .append(FigureText.value(disbursed))
                .append(FigureText.changeClause(disbursed))
                .append("; giá trị cam kết tài trợ đạt ")
                .append(FigureText.value(committed))
                .append(FigureText.changeClause(committed));
        if (committed != null
                && committed.previous() != null
                && committed.previous().signum() > 0) {
            t.append(" (cùng kỳ đạt ")
                    .append(FigureText.value(committed.previous(), committed.unit()))
                    .append(")");
        }
        t.append(". Trên địa bàn có ")
                .append(FigureText.value(s.figure("aid.items.active")))
                .append(" chương trình, dự án viện trợ đang triển khai của ")
                .append(FigureText.value(s.figure("aid.donors.active")))
                .append(" nhà tài trợ, trong đó ")
                .append(FigureText.value(s.figure("aid.items.new")))
                .append(" chương trình, dự án mới được cam kết trong kỳ.");
        return t.toString();
    }

    private static String consular(Summary s, String when, String who) {
        StringBuilder t = new StringBuilder("Trong ")
                .append(when)
                .append(", ")
                .append(who)
                .append(" đã cử ")
                .append(FigureText.count(s.figure("delegations.outgoing")))
                .append(" đoàn/")
                .append(FigureText.count(s.figure("delegations.outgoing.persons")))
                .append(" lượt người đi công tác nước ngoài")
                .append(FigureText.changeClause(s.figure("delegations.outgoing")))
                .append("; đón ")
                .append(FigureText.count(s.figure("delegations.incoming")))
                .append(" đoàn/")
                .append(FigureText.count(s.figure("delegations.incoming.persons")))
                .append(" lượt người nước ngoài vào thăm, làm việc")
                .append(FigureText.changeClause(s.figure("delegations.incoming")))
                .append(".");
        t.append(" Đã xét duyệt và chấp thuận cho ")
                .append(FigureText.value(s.figure("consular.entries.approved")))
                .append(" người nhập cảnh; đón ")
                .append(FigureText.value(s.figure("consular.entries.received")))
                .append(" người nhập cảnh Việt Nam theo đúng quy định.");
        if (s.value("consular.citizens.supported").signum() > 0) {
            t.append(" Thực hiện hỗ trợ cho ")
                    .append(FigureText.value(s.figure("consular.citizens.supported")))
                    .append(" người với tổng kinh phí ")
                    .append(FigureText.value(s.figure("consular.citizens.supportAmount")))
                    .append(".");
        }
        t.append(" Quản lý ")
                .append(FigureText.value(s.figure("consular.press.visits")))
                .append(" đoàn phóng viên nước ngoài đến hoạt động; tiếp nhận, giải quyết ")
                .append(FigureText.value(s.figure("consular.protection.cases")))
                .append(" vụ việc bảo hộ công dân.");
        return t.toString();
    }

    /** A figure's label in the Vietnamese of the document; an indicator's own code when unnamed. */
    String label(String key) {
        return label(key, VIETNAMESE);
    }

    String label(String key, Locale locale) {
        return messages.getMessage("figure." + key, null, key, locale);
    }
}
