package vn.doingoai.unit;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Units by name, for pages and spreadsheets: {@code Tỉnh Thái Nguyên}, and a unit dissolved in the
 * 2025 merger with its last day, {@code Tỉnh Bắc Ninh (đến 30/06/2025)}, so that two units of one
 * name never look alike. In templates: {@code ${@unitNames.label(record.unit)}}. The unit tree is
 * read once per request (a page or an export), however many rows name a unit.
 */
@Component("unitNames")
public class UnitNames {

    private static final String CACHE = UnitNames.class.getName() + ".tree";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final UnitRepository repository;
    private final MessageSource messages;

    UnitNames(UnitRepository repository, MessageSource messages) {
        this.repository = repository;
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

    /** Every unit by code: read once per request. */
    Map<String, Unit> tree() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null
                && request.getAttribute(CACHE, RequestAttributes.SCOPE_REQUEST) instanceof Map<?, ?> cached) {
            @SuppressWarnings("unchecked")
            Map<String, Unit> tree = (Map<String, Unit>) cached;
            return tree;
        }
        Map<String, Unit> tree = new HashMap<>();
        repository.findAll().forEach(u -> tree.put(u.getCode(), u));
        if (request != null) {
            request.setAttribute(CACHE, tree, RequestAttributes.SCOPE_REQUEST);
        }
        return tree;
    }
}
