package vn.doingoai.workbook;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.NotFoundException;
import vn.doingoai.dataset.DatasetService;
import vn.doingoai.dataset.DocumentFormat;
import vn.doingoai.dataset.ImportProgress;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;

/**
 * The workbooks of the dataset document for the current user, in their language: a section's
 * template, a unit's records, a workbook read into the document, a refused workbook marked.
 */
@Service
class Workbooks {

    private final DatasetService datasets;
    private final Columns columns;
    private final MessageSource messages;
    private final Access access;
    private final Units units;
    private final Map<String, References> references;
    private final ObjectMapper json;

    Workbooks(
            DatasetService datasets,
            Columns columns,
            MessageSource messages,
            Access access,
            Units units,
            List<References> references,
            ObjectMapper json) {
        this.datasets = datasets;
        this.columns = columns;
        this.messages = messages;
        this.access = access;
        this.units = units;
        this.references = references.stream().collect(Collectors.toMap(References::section, Function.identity()));
        this.json = json;
    }

    /** The template of a section: its sheet with the example row, the guide, the lists. */
    byte[] template(String section) {
        Locale locale = LocaleContextHolder.getLocale();
        Sheet sheet = sheets(locale).stream()
                .filter(s -> s.section().equals(section))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No section " + section));
        return writer(locale).write(List.of(sheet), Map.of());
    }

    /** Every record of a unit's scope, a sheet per section, in the templates' form. */
    byte[] export(String unitCode) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, Object> document = datasets.export(unitCode);
        Map<String, List<JsonNode>> records = new LinkedHashMap<>();
        document.forEach((section, items) -> {
            if (items instanceof List<?> list) {
                records.put(
                        section,
                        list.stream()
                                .map(item -> (JsonNode) json.valueToTree(item))
                                .toList());
            }
        });
        return writer(locale).write(sheets(locale), records);
    }

    DocumentFormat.Read read(Path file, ImportProgress progress) {
        return read(file, progress, WorkbookReader.Limits.DEFAULT);
    }

    DocumentFormat.Read read(Path file, ImportProgress progress, WorkbookReader.Limits limits) {
        Locale locale = LocaleContextHolder.getLocale();
        return new WorkbookReader(
                        sheets(locale), choices(locale), new Words(messages, locale), references, progress, limits)
                .read(file);
    }

    byte[] mark(Path file, List<FieldProblem> problems) {
        return new WorkbookMarker(new Words(messages, LocaleContextHolder.getLocale())).mark(file, problems);
    }

    List<Sheet> sheets(Locale locale) {
        return datasets.sections().stream()
                .map(s -> new Sheet(s.name(), s.itemType(), columns.of(s, locale)))
                .toList();
    }

    private WorkbookWriter writer(Locale locale) {
        Choices choices = choices(locale);
        return new WorkbookWriter(
                choices,
                new Words(messages, locale),
                choices.unitShown(access.current().unitCode()));
    }

    private Choices choices(Locale locale) {
        UnitScope scope = access.readable();
        return new Choices(
                locale,
                columns,
                units.all().stream()
                        .filter(u -> scope.all() || scope.contains(u.getCode()))
                        .toList(),
                units::resolve,
                List.copyOf(references.values()));
    }
}
