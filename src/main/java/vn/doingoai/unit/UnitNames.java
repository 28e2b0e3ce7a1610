package vn.doingoai.unit;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Units by name, for pages and spreadsheets: {@code Tỉnh Thái Nguyên}, and a unit dissolved in the
 * 2025 merger with its last day, {@code Tỉnh Bắc Ninh (đến 30/06/2025)}, so that two units of one
 * name never look alike. In templates: {@code ${@unitNames.label(record.unit)}}. The unit tree is
 * read once per data version ({@link UnitTree}), however many rows and requests name a unit.
 */
@Component("unitNames")
public class UnitNames {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final UnitTree tree;
    private final MessageSource messages;

    UnitNames(UnitTree tree, MessageSource messages) {
        this.tree = tree;
        this.messages = messages;
    }

    /** The unit's name, with {@code (đến 30/06/2025)} for a dissolved one; the code itself when unknown. */
    public String label(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        Unit unit = tree().get(code.trim());
        return unit == null ? code : label(unit);
    }

    public String label(Unit unit) {
        if (!unit.isDissolved()) {
            return unit.getName();
        }
        return unit.getName() + " "
                + messages.getMessage(
                        "unit.until",
                        new Object[] {DAY.format(unit.getDissolvedOn())},
                        LocaleContextHolder.getLocale());
    }

    /** A choice in a picker: {@code 27 · Tỉnh Bắc Ninh (đến 30/06/2025)}. */
    public String option(Unit unit) {
        return unit.getCode() + " · " + label(unit);
    }

    public String option(String code) {
        Unit unit = code == null ? null : tree().get(code.trim());
        return unit == null ? (code == null ? "" : code) : option(unit);
    }

    /** Every unit by code: the unit tree of the data version (read once per version, not per request). */
    Map<String, Unit> tree() {
        return tree.snapshot().byCode;
    }
}
