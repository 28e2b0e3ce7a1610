package vn.doingoai.search;

import java.util.Collection;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.doingoai.common.Countries;
import vn.doingoai.unit.UnitNames;
import vn.doingoai.web.PageFormat;

/**
 * The words of a {@link SearchHit}'s line, the way every page writes them: a unit by its name
 * ({@code Tỉnh Bắc Ninh}, never {@code 24}), countries by their names in the page's language, dates
 * {@code dd/mm/yyyy}, numbers and amounts the page language's way ({@code 62,5 triệu USD}, {@code
 * 62.5 million USD}); {@link #join} puts the parts together with " · ".
 */
@Component
public class HitText {

    private final UnitNames units;
    private final PageFormat format;

    HitText(UnitNames units, PageFormat format) {
        this.units = units;
        this.format = format;
    }

    public String unit(String code) {
        return units.label(code);
    }

    public String country(String code) {
        return code == null || code.isBlank() ? "" : Countries.name(code, LocaleContextHolder.getLocale());
    }

    public String countries(Collection<String> codes) {
        return codes == null
                ? ""
                : codes.stream().map(this::country).filter(c -> !c.isEmpty()).collect(Collectors.joining(", "));
    }

    public String date(Object date) {
        return format.date(date);
    }

    public String number(Object number) {
        return format.number(number);
    }

    public String amount(Object money) {
        return format.amount(money);
    }

    /** The parts that are not empty, joined with " · ". */
    public static String join(String... parts) {
        return Stream.of(parts)
                .filter(Objects::nonNull)
                .filter(p -> !p.isBlank())
                .collect(Collectors.joining(" · "));
    }
}
