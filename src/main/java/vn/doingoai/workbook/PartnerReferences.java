package vn.doingoai.workbook;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import vn.doingoai.common.Text;
import vn.doingoai.partner.Partners;

/** Partners by name: their Vietnamese name first, then the original. */
@Component
class PartnerReferences implements References {

    private final Partners partners;

    PartnerReferences(Partners partners) {
        this.partners = partners;
    }

    @Override
    public String section() {
        return "partners";
    }

    @Override
    public List<Choice> choices() {
        return partners.choices().stream()
                .map(p -> new Choice(p.ref(), names(p.nameVi(), p.name())))
                .toList();
    }

    @Override
    public List<String> names(JsonNode item) {
        return names(text(item, "nameVi"), text(item, "name"));
    }

    private static List<String> names(String... names) {
        return Stream.of(names)
                .filter(Objects::nonNull)
                .filter(n -> !Text.isBlank(n))
                .map(String::strip)
                .distinct()
                .toList();
    }

    private static String text(JsonNode item, String field) {
        JsonNode value = item.get(field);
        return value == null || !value.isString() ? null : value.asString();
    }
}
