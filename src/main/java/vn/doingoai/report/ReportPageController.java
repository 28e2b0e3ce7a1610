package vn.doingoai.report;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.doingoai.common.InvalidInputException;
import vn.doingoai.period.Period;
import vn.doingoai.unit.Unit;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;
import vn.doingoai.user.CurrentUser;
import vn.doingoai.web.Htmx;
import vn.doingoai.web.KeptAnswer;

/**
 * The report page {@code /reports}: the unit and period picker, the figures by section (an htmx
 * request gets only the figures), the downloads and the composer of the official document.
 */
@Controller
class ReportPageController {

    private final SummaryService summaries;
    private final ReportDocuments documents;
    private final FigureView.Views views;
    private final Access access;
    private final Units units;

    ReportPageController(
            SummaryService summaries, ReportDocuments documents, FigureView.Views views, Access access, Units units) {
        this.summaries = summaries;
        this.documents = documents;
        this.views = views;
        this.access = access;
        this.units = units;
    }

    /** The period the picker asks for: a kind (month, quarter, half, nine, year) with year and number, or from–to. */
    record PeriodChoice(String kind, Integer year, Integer number, String from, String to) {

        /** From and to as ISO dates, or the texts as given for a range. */
        String[] dates() {
            if (kind == null || kind.isBlank() || "range".equals(kind)) {
                LocalDate today = LocalDate.now();
                return new String[] {
                    from == null ? LocalDate.of(today.getYear(), 1, 1).toString() : from,
                    to == null ? today.toString() : to
                };
            }
            int y = year == null ? LocalDate.now().getYear() : year;
            int n = number == null ? 1 : number;
            Period p;
            try {
                p = switch (kind) {
                    case "month" -> Period.month(y, n);
                    case "quarter" -> Period.quarter(y, n);
                    case "half" -> Period.half(y, n == 2 ? 2 : 1);
                    case "nine" -> Period.firstMonths(y, 9);
                    case "year" -> Period.year(y);
                    default -> throw new InvalidInputException("kind", "report.period.invalid");
                };
            } catch (java.time.DateTimeException | IllegalArgumentException e) {
                throw new InvalidInputException("number", "report.period.invalid");
            }
            return new String[] {p.from().toString(), p.to().toString()};
        }

        /**
         * The choice the form shows again: the one made, or, for a period given by its dates (a link
         * from the dashboard or the national view), the kind, year and number it is (9 months of 2021),
         * so that the form keeps the period and not this year.
         */
        PeriodChoice shown() {
            int thisYear = LocalDate.now().getYear();
            if (kind != null && !kind.isBlank() && !"range".equals(kind)) {
                return new PeriodChoice(kind, year == null ? thisYear : year, number == null ? 1 : number, from, to);
            }
            Period period;
            try {
                period = Period.of(LocalDate.parse(from), LocalDate.parse(to));
            } catch (RuntimeException e) {
                return new PeriodChoice("range", thisYear, 1, from, to);
            }
            int y = period.from().getYear();
            String code = period.code().orElse("");
            if ("range".equals(kind) || code.isEmpty()) {
                return new PeriodChoice("range", y, 1, from, to);
            }
            if (code.matches("\\d{4}")) {
                return new PeriodChoice("year", y, 1, from, to);
            }
            if (code.matches("\\d{4}-\\d{2}")) {
                return new PeriodChoice("month", y, period.from().getMonthValue(), from, to);
            }
            if (code.matches("\\d{4}-Q[1-4]")) {
                return new PeriodChoice("quarter", y, code.charAt(code.length() - 1) - '0', from, to);
            }
            if (code.matches("\\d{4}-H[12]")) {
                return new PeriodChoice("half", y, code.charAt(code.length() - 1) - '0', from, to);
            }
            return code.equals(y + "-9M")
                    ? new PeriodChoice("nine", y, 1, from, to)
                    : new PeriodChoice("range", y, 1, from, to);
        }
    }

    @GetMapping("/reports")
    @KeptAnswer
    String page(
            @RequestParam(required = false) String unit,
            PeriodChoice choice,
            @RequestParam(required = false) Boolean includeMerged,
            HttpServletRequest request,
            Model model) {
        CurrentUser me = access.current();
        String unitCode = unit == null || unit.isBlank() ? me.unitCode() : unit.trim();
        model.addAttribute("unitOptions", unitOptions(me));
        model.addAttribute("unit", unitCode);
        model.addAttribute("includeMerged", includeMerged == null || includeMerged);
        model.addAttribute("years", years());
        PeriodChoice shown = choice;
        try {
            String[] dates = choice.dates();
            model.addAttribute("from", dates[0]);
            model.addAttribute("to", dates[1]);
            shown = new PeriodChoice(choice.kind(), choice.year(), choice.number(), dates[0], dates[1]).shown();
            Summary summary = summaries.summary(unitCode, dates[0], dates[1], includeMerged);
            model.addAttribute("summary", summary);
            model.addAttribute("sections", views.sections(summary, includeMerged == null || includeMerged));
            ReportDocuments.Report report = documents.report(
                    summaries.check(unitCode, dates[0], dates[1], includeMerged), LocaleContextHolder.getLocale());
            model.addAttribute("composer", documents.body(report, null, false));
            model.addAttribute("language", report.context().locale().getLanguage());
            model.addAttribute(
                    "query",
                    "unit=" + summary.unit().code() + "&from=" + summary.from() + "&to=" + summary.to()
                            + "&includeMerged=" + (includeMerged == null || includeMerged));
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
            model.addAttribute("from", choice.from());
            model.addAttribute("to", choice.to());
            shown = shown.shown();
        }
        model.addAttribute("kind", shown.kind());
        model.addAttribute("year", shown.year());
        model.addAttribute("number", shown.number());
        // The composer's form needs the CSRF token; load it (and so the session) before the page
        // streams out, or a fragment that has no <meta name="_csrf"> in its head fails half-written.
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken csrf) {
            csrf.getToken();
        }
        boolean historyRestore = request.getHeader("HX-History-Restore-Request") != null;
        return historyRestore ? "report/page" : Htmx.view(request, "report/page", "figures");
    }

    /**
     * The edited texts of the composer ({@code text.<section key>}) make the Word or PDF document, in
     * the page's language.
     */
    @PostMapping("/reports/document")
    ResponseEntity<byte[]> document(
            SummaryParams summary,
            @RequestParam(defaultValue = "docx") String format,
            @RequestParam Map<String, String> params) {
        ReportDocuments.Report report = documents.report(summaries.check(summary), LocaleContextHolder.getLocale());
        DocumentModel model = documents.model(report, texts(params), false, null);
        String name = ReportDocuments.name(report.summary());
        return switch (format) {
            case "pdf" -> ReportDocuments.pdf(model, name);
            case "docx" -> ReportDocuments.docx(model, name);
            default -> throw new InvalidInputException("format", "report.period.invalid");
        };
    }

    /** The texts a form sends as {@code text.<section key>}, by section key. */
    static Map<String, String> texts(Map<String, String> params) {
        Map<String, String> texts = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith(TEXT)) {
                texts.put(name.substring(TEXT.length()), value == null ? "" : value);
            }
        });
        return texts;
    }

    static final String TEXT = "text.";

    /** The units the user may report on: the whole country and today's provinces for an admin, else their own. */
    List<Unit> unitOptions(CurrentUser me) {
        UnitScope readable = access.readable();
        List<Unit> out = new ArrayList<>();
        if (readable.all()) {
            Map<String, List<Unit>> children = new HashMap<>();
            for (Unit unit : units.all()) {
                if (unit.getParentCode() != null) {
                    children.computeIfAbsent(unit.getParentCode(), k -> new ArrayList<>())
                            .add(unit);
                }
            }
            units.find(Units.COUNTRY).ifPresent(out::add);
            for (Unit province : units.currentProvinces()) {
                out.add(province);
                out.addAll(children.getOrDefault(province.getCode(), List.of()));
            }
        } else {
            units.find(me.unitCode()).ifPresent(out::add);
            out.addAll(units.children(me.unitCode()));
        }
        return out;
    }

    static List<Integer> years() {
        int now = LocalDate.now().getYear();
        List<Integer> out = new ArrayList<>();
        for (int y = now; y >= 2010; y--) {
            out.add(y);
        }
        return out;
    }
}
