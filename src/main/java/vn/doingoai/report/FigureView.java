package vn.doingoai.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.doingoai.money.VietnameseFormat;

/** A figure as the pages show it: label, value in the Vietnamese way, change, share of plan, link. */
record FigureView(
        String key,
        String label,
        String value,
        String previous,
        String change,
        String changeClass,
        String plan,
        String planShare,
        String link) {

    /** One section of the report page. */
    record SectionView(String id, String title, List<FigureView> figures) {}

    /** Turns summaries into views in the current language. */
    @Component
    static class Views {

        private final MessageSource messages;

        Views(MessageSource messages) {
            this.messages = messages;
        }

        List<SectionView> sections(Summary summary) {
            Map<ReportSection, List<FigureView>> bySection = new EnumMap<>(ReportSection.class);
            summary.figures().forEach((key, f) -> bySection
                    .computeIfAbsent(FigureKeys.sectionOf(key), k -> new ArrayList<>())
                    .add(view(key, f)));
            List<SectionView> out = new ArrayList<>();
            for (ReportSection section : ReportSection.values()) {
                List<FigureView> figures = bySection.get(section);
                if (figures != null) {
                    out.add(new SectionView(section.getId(), text(section.messageKey()), figures));
                }
            }
            return out;
        }

        List<FigureView> main(Summary summary) {
            List<FigureView> out = new ArrayList<>();
            for (String key : FigureKeys.MAIN) {
                Summary.Figure f = summary.figure(key);
                if (f != null) {
                    out.add(view(key, f));
                }
            }
            return out;
        }

        FigureView view(String key, Summary.Figure f) {
            return new FigureView(
                    key,
                    label(key),
                    FigureText.value(f),
                    f.previous() == null ? "" : FigureText.value(f.previous(), f.unit()),
                    change(f.changePct()),
                    f.changePct() == null
                            ? ""
                            : f.changePct().signum() > 0
                                    ? "text-success"
                                    : f.changePct().signum() < 0 ? "text-danger" : "text-muted",
                    f.plan() == null ? "" : FigureText.value(f.plan(), f.unit()),
                    f.planPct() == null ? "" : text("report.planShare", VietnameseFormat.percent(f.planPct())),
                    f.link());
        }

        String change(BigDecimal pct) {
            if (pct == null) {
                return "";
            }
            if (pct.signum() == 0) {
                return text("report.same");
            }
            return text(pct.signum() > 0 ? "report.increase" : "report.decrease", VietnameseFormat.percent(pct.abs()));
        }

        String label(String key) {
            return messages.getMessage("figure." + key, null, key, locale());
        }

        String text(String key, Object... args) {
            return messages.getMessage(key, args, key, locale());
        }

        private static Locale locale() {
            return LocaleContextHolder.getLocale();
        }
    }
}
