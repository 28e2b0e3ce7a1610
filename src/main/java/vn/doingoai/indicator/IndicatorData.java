package vn.doingoai.indicator;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import vn.doingoai.common.PlainText;

/**
 * An indicator as the API shows it: {@code {"code": "trade.export", "nameVi": "Kim ngạch xuất
 * khẩu", "nameEn": "Export value", "measure": "USD", "aggregation": "SUM"}}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IndicatorData(
        @NotBlank @PlainText(max = 100) @Pattern(regexp = "[a-z0-9_-]+(\\.[a-zA-Z0-9_-]+)*") String code,
        @NotBlank @PlainText(max = 300) String nameVi,
        @PlainText(max = 300) String nameEn,
        @NotBlank @PlainText(max = 40) @Pattern(regexp = "[A-Za-z0-9_%/.-]+") String measure,
        @NotNull Aggregation aggregation,
        Boolean builtin) {

    /** The name in a language: English when asked and given, else Vietnamese. */
    public String name(String language) {
        return "en".equals(language) && nameEn != null && !nameEn.isBlank() ? nameEn : nameVi;
    }

    static IndicatorData of(Indicator i) {
        return new IndicatorData(
                i.getCode(), i.getNameVi(), i.getNameEn(), i.getMeasure(), i.getAggregation(), i.isBuiltin());
    }
}
