package vn.doingoai.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.doingoai.common.ExcelExport;
import vn.doingoai.unit.UnitNames;

/**
 * Turns a record type's {@link ListColumns} into its list page's table and its Excel export, so
 * that both show the same columns, units by name, labels in words, dates {@code dd/mm/yyyy} and
 * numbers the page language's way (typed cells in Excel).
 */
@Component
public class ListPages {

    /** Request parameters that page or sort a list rather than filter it. */
    private static final Set<String> NOT_FILTERS = Set.of("page", "size", "sort", "lang", "format");

    private final Texts texts;
    private final UnitNames units;
    private final PageFormat format;
    private final ListLinks links;
    private final List<HistoryRefs> refs;

    ListPages(Texts texts, UnitNames units, PageFormat format, ListLinks links, List<HistoryRefs> refs) {
        this.texts = texts;
        this.units = units;
        this.format = format;
        this.links = links;
        this.refs = refs;
    }

    /** Puts {@code page} and {@code table} in the model; the "new" button shows when the user may write. */
    public <T> void show(Model model, ListColumns<T> list, Page<T> page, boolean canWrite) {
        show(model, list, page, canWrite ? list.path() + "/new" : null);
    }

    /** As {@link #show(Model, ListColumns, Page, boolean)}, with the form of a new record elsewhere. */
    public <T> void show(Model model, ListColumns<T> list, Page<T> page, String newLink) {
        model.addAttribute("page", page);
        model.addAttribute("table", table(list, page, newLink));
    }

    public <T> ListTable table(ListColumns<T> list, Page<T> page, String newLink) {
        List<Column<T>> shown = list.columns().stream().filter(Column::onPage).toList();
        List<ListTable.Header> headers = new ArrayList<>();
        for (Column<T> c : shown) {
            headers.add(new ListTable.Header(
                    texts.of(c.label()),
                    c.sort() == null ? null : links.sort(c.sort()),
                    c.sort() == null ? "" : links.arrow(c.sort()),
                    c.numeric()));
        }
        List<ListTable.Row> rows = new ArrayList<>();
        Map<String, String> names = names(shown, page.getContent());
        for (T row : page.getContent()) {
            List<ListTable.Cell> cells = new ArrayList<>();
            for (Column<T> c : shown) {
                cells.add(new ListTable.Cell(text(c, row, names), c.numeric()));
            }
            rows.add(new ListTable.Row(list.link() == null ? null : list.link().apply(row), cells));
        }
        return new ListTable(list.titleKey(), list.path(), newLink, filtered(), headers, rows, page);
    }

    /** The Excel export of the rows: the export's columns, typed cells, the file named by the list. */
    public <T> ResponseEntity<byte[]> excel(ListColumns<T> list, List<T> rows) {
        List<Column<T>> shown = list.columns().stream().filter(Column::inExcel).toList();
        List<String> headers = shown.stream().map(c -> texts.of(c.label())).toList();
        List<List<Object>> cells = new ArrayList<>();
        Map<String, String> names = names(shown, rows);
        for (T row : rows) {
            List<Object> out = new ArrayList<>();
            for (Column<T> c : shown) {
                out.add(cell(c, row, names));
            }
            cells.add(out);
        }
        return ExcelExport.download(list.fileName(), ExcelExport.write(texts.of(list.titleKey()), headers, cells));
    }

    /** A value as the page writes it. */
    public <T> String text(Column<T> column, T row) {
        return text(column, row, names(List.of(column), List.of(row)));
    }

    private <T> String text(Column<T> column, T row, Map<String, String> names) {
        Object value = column.of(row);
        if (value == null) {
            return "";
        }
        return switch (column.kind()) {
            case NUMBER -> format.number(value, column.decimals());
            case DATE -> format.date(value);
            case AMOUNT -> format.amount(value);
            case UNIT -> join(value, v -> units.label(v.toString()));
            case COUNTRY -> join(value, v -> texts.country(v.toString()));
            case LABEL -> join(value, v -> texts.of(column.labels() + "." + v));
            case REFS -> join(value, v -> names.getOrDefault(column.labels() + "|" + v, v.toString()));
            case TEXT -> join(value, Object::toString);
        };
    }

    /**
     * The names of the refs the rows' {@link Column.Kind#REFS} columns hold, by {@code field|ref}:
     * one question to the owning module per column, however many rows.
     */
    private <T> Map<String, String> names(List<Column<T>> columns, List<T> rows) {
        Map<String, String> names = new HashMap<>();
        for (Column<T> column : columns) {
            if (column.kind() != Column.Kind.REFS) {
                continue;
            }
            Set<String> wanted = new LinkedHashSet<>();
            for (T row : rows) {
                Object value = column.of(row);
                if (value instanceof Collection<?> many) {
                    many.stream().filter(java.util.Objects::nonNull).forEach(v -> wanted.add(v.toString()));
                } else if (value != null) {
                    wanted.add(value.toString());
                }
            }
            if (wanted.isEmpty()) {
                continue;
            }
            refs.stream()
                    .filter(r -> r.fields().contains(column.labels()))
                    .findFirst()
                    .ifPresent(
                            r -> r.names(wanted).forEach((ref, name) -> names.put(column.labels() + "|" + ref, name)));
        }
        return names;
    }

    /** A value as the export writes it: numbers and dates typed, the rest as the page's text. */
    private <T> Object cell(Column<T> column, T row, Map<String, String> names) {
        Object value = column.of(row);
        if (value == null) {
            return null;
        }
        return switch (column.kind()) {
            case NUMBER -> value instanceof Number ? value : text(column, row, names);
            case DATE -> value instanceof LocalDate ? value : text(column, row, names);
            case AMOUNT -> value instanceof Number ? value : format.amountOf(value);
            default -> text(column, row, names);
        };
    }

    private static String join(Object value, java.util.function.Function<Object, String> each) {
        if (value instanceof Collection<?> many) {
            return many.stream().filter(java.util.Objects::nonNull).map(each).collect(Collectors.joining(", "));
        }
        return each.apply(value);
    }

    /** Whether the current request sets a filter. */
    private static boolean filtered() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return false;
        }
        HttpServletRequest request = attributes.getRequest();
        return request.getParameterMap().entrySet().stream()
                .anyMatch(e -> !NOT_FILTERS.contains(e.getKey())
                        && java.util.Arrays.stream(e.getValue()).anyMatch(v -> v != null && !v.isBlank()));
    }
}
