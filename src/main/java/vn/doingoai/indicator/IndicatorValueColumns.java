package vn.doingoai.indicator;

import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;
import vn.doingoai.web.Column;
import vn.doingoai.web.ListColumns;

/** The indicator values list's one declaration: the columns of its page and of its Excel export. */
final class IndicatorValueColumns {

    /** The columns, naming each indicator by {@code names} (code → name in the page's language). */
    static ListColumns<IndicatorValueData> list(Map<String, String> names) {
        return ListColumns.of(
                        "indicator.values",
                        "/indicators/values",
                        "chi-tieu.xlsx",
                        v -> "/indicators/values/" + v.id(),
                        List.of(
                                Column.text(
                                        "indicator.name",
                                        "indicatorCode",
                                        v -> names.getOrDefault(v.indicator(), v.indicator())),
                                Column.<IndicatorValueData>text("indicator.code", null, IndicatorValueData::indicator)
                                        .excelOnly(),
                                Column.unit(IndicatorValueData::unit),
                                Column.text("indicator.period", "periodFrom", IndicatorValueData::period),
                                Column.label("indicator.kind", "kind", "indicator.kind", IndicatorValueData::kind),
                                Column.<IndicatorValueData>number("indicator.value", "value", IndicatorValueData::value)
                                        .decimals(6)))
                .sorted(
                        Sort.by(Sort.Direction.DESC, "periodFrom"),
                        Sort.by("indicatorCode", "unitCode", "periodFrom", "kind"));
    }

    private IndicatorValueColumns() {}
}
