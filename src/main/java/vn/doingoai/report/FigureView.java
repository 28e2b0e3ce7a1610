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

/**
 * A figure as the pages show it: label, value in the page's language, change, share of plan, the
 * link of its value (its drill-down, or its list where it has none) and the link of its list.
 */
record FigureView(
        String key,
        String label,
        String value,
        String previous,
        String change,
        String changeClass,
        String plan,
        String planShare,
        String link,
        String list) {

    /** One section of the report page. */
    record SectionView(String id, String title, List<FigureView> figures) {}

    /** Turns summaries into views in the current language. */
    @Component
    static class Views {

        private final MessageSource messages;
        private final FigureDrills drills;
        private final ReportWriter writer;

        Views(MessageSource messages, FigureDrills drills, ReportWriter writer) {
            this.messages = messages;
            this.drills = drills;
            this.writer = writer;
        }

        List<SectionView> sections(Summary summary) {
            return sections(summary, true);
        }

        /**
         * The figures of a summary by area of the report (the areas whose sections show them, numbered
         * as the report numbers them), then those no section shows; each figure links to its drill-down
         * (merged units included or not).
         */
        List<SectionView> sections(Summary summary, boolean includeMerged) {
            java.util.Set<String> drillable = drills.drillable();
            Map<ReportArea, List<FigureView>> byArea = new EnumMap<>(ReportArea.class);
            List<FigureView> others = new ArrayList<>();
            Map<String, ReportArea> areas = writer.areas(summary.figures().keySet());
            summary.figures().forEach((key, f) -> {
                ReportArea area = areas.get(key);
                FigureView view = view(key, f, drillLink(summary, key, f, drillable, includeMerged));
                if (area == null) {
                    others.add(view);
                } else {
                    byArea.computeIfAbsent(area, k -> new ArrayList<>()).add(view);
                }
            });
            List<SectionView> out = new ArrayList<>();
            byArea.forEach((area, figures) -> out.add(new SectionView(
                    area.name().toLowerCase(Locale.ROOT),
                    ReportBody.roman(out.size() + 1) + ". " + text(area.titleKey()),
                    figures)));
            if (!others.isEmpty()) {
                out.add(new SectionView("others", text("report.area.others"), others));
            }
            return out;
        }

        List<FigureView> main(Summary summary) {
            java.util.Set<String> drillable = drills.drillable();
            List<FigureView> out = new ArrayList<>();
            for (String key : FigureKeys.MAIN) {
                Summary.Figure f = summary.figure(key);
                if (f != null) {
                    out.add(view(key, f, drillLink(summary, key, f, drillable, true)));
                }
            }
            return out;
        }

        /** The figure's drill-down, which offers its list; the list itself where a figure has none. */
        private static String drillLink(
                Summary summary, String key, Summary.Figure f, java.util.Set<String> drillable, boolean includeMerged) {
            if (f.link() == null || !drillable.contains(key)) {
                return f.link();
            }
            return FigureDrills.link(key, summary.unit().code(), summary.from(), summary.to(), includeMerged);
        }

        FigureView view(String key, Summary.Figure f) {
            return view(key, f, f.link());
        }

        FigureView view(String key, Summary.Figure f, String link) {
            Locale locale = locale();
            return new FigureView(
                    key,
                    label(key),
                    FigureText.value(f.value(), f.unit(), locale),
                    f.previous() == null ? "" : FigureText.value(f.previous(), f.unit(), locale),
                    change(f.changePct()),
                    f.changePct() == null
                            ? ""
                            : f.changePct().signum() > 0
                                    ? "text-success"
                                    : f.changePct().signum() < 0 ? "text-danger" : "text-muted",
                    f.plan() == null ? "" : FigureText.value(f.plan(), f.unit(), locale),
                    f.planPct() == null ? "" : text("report.planShare", VietnameseFormat.percent(f.planPct(), locale)),
                    link,
                    f.link());
        }

        String change(BigDecimal pct) {
            if (pct == null) {
                return "";
            }
            if (pct.signum() == 0) {
                return text("report.same");
            }
            return text(
                    pct.signum() > 0 ? "report.increase" : "report.decrease",
                    VietnameseFormat.percent(pct.abs(), locale()));
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
