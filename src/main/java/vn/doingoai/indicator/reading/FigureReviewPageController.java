package vn.doingoai.indicator.reading;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.InvalidInputException;
import vn.doingoai.indicator.IndicatorValueData;
import vn.doingoai.indicator.IndicatorValues;
import vn.doingoai.indicator.Indicators;
import vn.doingoai.indicator.ValueKind;
import vn.doingoai.money.VietnameseFormat;
import vn.doingoai.period.Period;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;

/**
 * "Đọc số liệu từ báo cáo": the officer pastes a report or uploads its .docx, chooses the unit and
 * the period it covers, reviews the figures found beside their sentences, and saves the accepted
 * ones as indicator values (new ones created, known ones updated, and the page says which).
 */
@Controller
@RequestMapping("/indicators/read")
class FigureReviewPageController {

    /** A value saved from the review, as the page lists it afterwards. */
    record SavedValue(String indicator, String period, ValueKind kind, String value, IndicatorValues.Outcome outcome)
            implements Serializable {}

    private static final int NOTE_MAX = 2000;

    private final FigureReading reading;
    private final IndicatorValues values;
    private final Indicators indicators;
    private final Access access;
    private final Units units;

    FigureReviewPageController(
            FigureReading reading, IndicatorValues values, Indicators indicators, Access access, Units units) {
        this.reading = reading;
        this.values = values;
        this.indicators = indicators;
        this.access = access;
        this.units = units;
    }

    @InitBinder("form")
    void binder(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(5000);
    }

    @ModelAttribute
    void common(Model model) {
        List<vn.doingoai.indicator.IndicatorData> all = indicators.all();
        String language =
                org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage();
        java.util.Map<String, String> names = new java.util.HashMap<>();
        all.forEach(i -> names.put(i.code(), i.name(language)));
        model.addAttribute("indicators", all);
        model.addAttribute("names", names);
        model.addAttribute("kinds", ValueKind.values());
        model.addAttribute(
                "units",
                units.all().stream().filter(u -> access.canWrite(u.getCode())).toList());
    }

    @GetMapping
    String page(
            @RequestParam(required = false) String unit, @RequestParam(required = false) String period, Model model) {
        model.addAttribute(
                "unit", unit == null || unit.isBlank() ? access.current().unitCode() : unit.trim());
        model.addAttribute("period", period);
        return "indicator/read";
    }

    @PostMapping
    String read(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) MultipartFile file,
            Model model)
            throws IOException {
        model.addAttribute("unit", unit);
        model.addAttribute("period", period);
        model.addAttribute("text", text);
        boolean uploaded = file != null && !file.isEmpty();
        try {
            Period checked = reading.check(unit, period);
            String body;
            if (uploaded) {
                byte[] bytes;
                try (java.io.InputStream in = file.getInputStream()) {
                    bytes = ReportText.read(in, file.getSize());
                }
                body = ReportText.text(bytes, file.getContentType());
            } else {
                body = ReportText.text(
                        text == null ? null : text.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/plain");
            }
            model.addAttribute("form", ReviewForm.of(unit.trim(), period.trim(), reading.read(body, checked)));
        } catch (InvalidInputException e) {
            String bodyField = uploaded ? "file" : "text";
            model.addAttribute(
                    "problems",
                    e.problems().stream()
                            .map(p -> p.field().equals("body") ? new FieldProblem(bodyField, p.message()) : p)
                            .toList());
        }
        return "indicator/read";
    }

    @PostMapping("/save")
    String save(@ModelAttribute("form") ReviewForm form, Model model, RedirectAttributes redirect) {
        List<FieldProblem> problems = new ArrayList<>();
        List<IndicatorValueData> items = new ArrayList<>();
        List<Integer> rowOf = new ArrayList<>();
        for (int i = 0; i < form.getRows().size(); i++) {
            ReviewForm.Row row = form.getRows().get(i);
            if (!row.isAccept()) {
                continue;
            }
            Optional<BigDecimal> value = VietnameseNumbers.parseInput(row.getValue());
            if (value.isEmpty()) {
                problems.add(new FieldProblem("rows[" + i + "].value", "indicator.value.unreadable"));
            }
            ValueKind kind = kind(row.getKind());
            if (kind == null) {
                problems.add(new FieldProblem("rows[" + i + "].kind", "validation.required"));
            }
            items.add(new IndicatorValueData(
                    null,
                    null,
                    row.getIndicator(),
                    form.getUnit(),
                    row.getPeriod() == null ? null : row.getPeriod().trim(),
                    kind,
                    value.orElse(null),
                    note(row.getText())));
            rowOf.add(i);
        }
        if (items.isEmpty()) {
            problems.add(new FieldProblem("rows", "reading.noneChosen"));
        }
        List<IndicatorValues.Outcome> outcomes = List.of();
        if (problems.isEmpty()) {
            try {
                outcomes = values.saveByKey(items);
            } catch (InvalidInputException e) {
                problems.addAll(rowProblems(e.problems(), rowOf));
            }
        }
        if (!problems.isEmpty()) {
            model.addAttribute("problems", problems);
            model.addAttribute("unit", form.getUnit());
            model.addAttribute("period", form.getPeriod());
            return "indicator/read";
        }
        List<SavedValue> saved = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            IndicatorValueData item = items.get(k);
            saved.add(new SavedValue(
                    item.indicator(),
                    item.period(),
                    item.kind(),
                    VietnameseFormat.number(item.value(), 6),
                    outcomes.get(k)));
        }
        redirect.addFlashAttribute("savedValues", saved);
        redirect.addFlashAttribute("created", count(outcomes, IndicatorValues.Outcome.CREATED));
        redirect.addFlashAttribute("updated", count(outcomes, IndicatorValues.Outcome.UPDATED));
        redirect.addFlashAttribute("unchanged", count(outcomes, IndicatorValues.Outcome.UNCHANGED));
        redirect.addAttribute("unit", form.getUnit());
        redirect.addAttribute("period", form.getPeriod());
        return "redirect:/indicators/read";
    }

    /** {@code values[3].period} of the saved list is {@code rows[7].period} of the form. */
    private static List<FieldProblem> rowProblems(List<FieldProblem> problems, List<Integer> rowOf) {
        List<FieldProblem> mapped = new ArrayList<>();
        for (FieldProblem p : problems) {
            java.util.regex.Matcher m =
                    java.util.regex.Pattern.compile("values\\[(\\d+)]\\.(\\w+)").matcher(p.field());
            if (!m.matches()) {
                mapped.add(p);
                continue;
            }
            int row = rowOf.get(Integer.parseInt(m.group(1)));
            String field = m.group(2);
            mapped.add(new FieldProblem(field.equals("unit") ? "unit" : "rows[" + row + "]." + field, p.message()));
        }
        return mapped;
    }

    private static long count(List<IndicatorValues.Outcome> outcomes, IndicatorValues.Outcome outcome) {
        return outcomes.stream().filter(o -> o == outcome).count();
    }

    private static ValueKind kind(String text) {
        try {
            return text == null ? null : ValueKind.valueOf(text.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The sentence a value came from, kept as its note so that the value can be traced. */
    private static String note(String sentence) {
        if (sentence == null || sentence.isBlank()) {
            return null;
        }
        return sentence.length() <= NOTE_MAX ? sentence : sentence.substring(0, NOTE_MAX - 1) + "…";
    }
}
