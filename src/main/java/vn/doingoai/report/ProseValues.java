package vn.doingoai.report;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import vn.doingoai.money.VietnameseFormat;

/** How a value named by a report template is written ({@link Prose}): the reports' number words. */
final class ProseValues {

    private ProseValues() {}

    static Prose.Written write(ReportContext context, Prose.Ref ref, Object value) {
        String form = ref.form();
        if (value instanceof Summary.Figure f) {
            return switch (form) {
                case "", "plain" -> counted(
                        ref, number(f.value(), f.unit(), context.locale(), form.isEmpty()), f.value());
                case "previous" -> Prose.Written.value(
                        number(f.previous(), f.unit(), context.locale(), true), Prose.empty(f.previous()));
                case "change" -> Prose.Written.word(change(context, f.changePct()));
                case "plan" -> Prose.Written.word(plan(context, f.planPct()));
                case "vnd" -> Prose.Written.word(vnd(context, f));
                default -> throw unknown(ref);
            };
        }
        if (value == null) {
            return switch (form) {
                case "change", "plan", "vnd" -> Prose.Written.word("");
                case "", "plain", "previous" -> Prose.Written.value("", true);
                default -> throw unknown(ref);
            };
        }
        if (value instanceof Number n) {
            BigDecimal b = n instanceof BigDecimal d ? d : new BigDecimal(n.toString());
            if (!form.isEmpty() && !form.equals("plain")) {
                throw unknown(ref);
            }
            return counted(ref, number(b, null, context.locale(), form.isEmpty()), b);
        }
        if (!form.isEmpty()) {
            throw unknown(ref);
        }
        String text = value.toString();
        return Prose.Written.value(text, text.isBlank());
    }

    private static Prose.Written counted(Prose.Ref ref, String text, BigDecimal value) {
        boolean empty = Prose.empty(value);
        if (ref.one() == null || empty) {
            return Prose.Written.value(text, empty);
        }
        boolean one = value.compareTo(BigDecimal.ONE) == 0;
        String noun = one || ref.other() == null ? ref.one() : ref.other();
        return Prose.Written.value(text + " " + noun, false);
    }

    /**
     * A value in the words of its unit of measure: "21,31 tỷ USD", "23 tỷ 338 triệu đồng", "6,5%",
     * "2.907", and a count under ten with its leading zero ("02"), the reports' habit ({@code habit}).
     */
    static String number(BigDecimal value, String unit, Locale locale, boolean habit) {
        if (value == null) {
            return "";
        }
        boolean counted = unit == null || !(FigureText.isMoney(unit) || "PERCENT".equals(unit) || "%".equals(unit));
        boolean english = "en".equals(locale.getLanguage());
        if (habit
                && counted
                && !english
                && value.signum() > 0
                && value.compareTo(BigDecimal.TEN) < 0
                && value.stripTrailingZeros().scale() <= 0) {
            return "0" + value.intValue();
        }
        return FigureText.value(value, unit, locale);
    }

    /** ", tăng 7,3% so với cùng kỳ"; nothing when there is nothing to compare with. */
    static String change(ReportContext context, BigDecimal pct) {
        if (pct == null) {
            return "";
        }
        if (pct.signum() == 0) {
            return context.text("report.prose.same");
        }
        String percent = VietnameseFormat.percent(pct.abs(), context.locale());
        return context.text(pct.signum() > 0 ? "report.prose.up" : "report.prose.down", percent);
    }

    /** ", bằng 75,7% kế hoạch"; nothing without a plan. */
    static String plan(ReportContext context, BigDecimal planPct) {
        return planPct == null
                ? ""
                : context.text("report.prose.plan", VietnameseFormat.percent(planPct, context.locale()));
    }

    /** " (tương đương 210,07 tỷ đồng)" for an amount in a foreign currency, at the rate of the period's last day. */
    static String vnd(ReportContext context, Summary.Figure f) {
        if (f.value() == null || f.value().signum() == 0 || !FigureText.isMoney(f.unit()) || "VND".equals(f.unit())) {
            return "";
        }
        Optional<BigDecimal> dong = context.rates()
                .convert(f.value(), f.unit(), "VND", context.period().to());
        return dong.map(d ->
                        " " + context.text("report.prose.vnd", VietnameseFormat.amount(d, "VND", context.locale())))
                .orElse("");
    }

    private static IllegalArgumentException unknown(Prose.Ref ref) {
        return new IllegalArgumentException(
                "Unknown form {" + ref.name() + ":" + ref.form() + "} in a report template");
    }
}
