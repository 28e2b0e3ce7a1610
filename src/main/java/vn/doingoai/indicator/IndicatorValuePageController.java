package vn.doingoai.indicator;

import java.util.HashMap;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.doingoai.web.PageParts;
import vn.doingoai.web.PageType;
import vn.doingoai.web.RecordList;
import vn.doingoai.web.RecordPages;

/** The list of indicator values with its filters, and a value's page with its history (values are entered in the grid). */
@Controller
@RequestMapping("/indicators/values")
class IndicatorValuePageController extends RecordPages<IndicatorValueData, IndicatorValueFilter> {

    private final IndicatorValueBook values;
    private final Indicators indicators;

    IndicatorValuePageController(IndicatorValueBook values, Indicators indicators, PageParts parts) {
        super(
                parts,
                values,
                RecordList.of(IndicatorValueColumns.list(Map.of()), values),
                new PageType("indicator", "indicatorValue", "indicator"));
        this.values = values;
        this.indicators = indicators;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("kinds", ValueKind.values());
        model.addAttribute("aggregations", Aggregation.values());
    }

    /** The columns name each indicator in the page's language. */
    @Override
    protected RecordList<IndicatorValueFilter, ?> list() {
        return RecordList.of(IndicatorValueColumns.list(names()), values);
    }

    @Override
    protected String newLink() {
        return parts.access().canWriteAnything() ? "/indicators/entry" : null;
    }

    @Override
    protected void listModel(IndicatorValueFilter filter, Model model) {
        model.addAttribute("indicators", indicators.all());
    }

    @Override
    protected void details(Long id, Model model) {
        IndicatorValueData value = values.read(id);
        model.addAttribute("value", value);
        model.addAttribute("indicatorName", names().getOrDefault(value.indicator(), value.indicator()));
        model.addAttribute("year", value.period().substring(0, 4));
        model.addAttribute("canWrite", parts.access().canWrite(value.unit()));
    }

    /** The indicators' names in the current language, by code. */
    private Map<String, String> names() {
        String language = LocaleContextHolder.getLocale().getLanguage();
        Map<String, String> names = new HashMap<>();
        indicators.all().forEach(i -> names.put(i.code(), i.name(language)));
        return names;
    }
}
