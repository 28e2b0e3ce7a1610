package vn.doingoai.consular;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.doingoai.common.Countries;
import vn.doingoai.web.Column;
import vn.doingoai.web.ListColumns;
import vn.doingoai.web.PageParts;
import vn.doingoai.web.PageType;
import vn.doingoai.web.RecordFormPages;
import vn.doingoai.web.RecordList;

/**
 * The pages of one consular record type under {@code /consular/<path>}. The list and the record's
 * page are shared templates driven by {@link Column}s ({@code consular/list}, {@code
 * consular/detail}); each type has its own form ({@code consular/form-<path>}).
 */
abstract class BookPages<D extends ConsularData> extends RecordFormPages<D, ConsularFilter, D> {

    /**
     * What a consular type's pages show.
     *
     * @param path its path under {@code /consular}: {@code entry-approvals}
     * @param titleKey the message key of the type's name: {@code consular.entries}
     * @param history its history type: {@code entryApproval}
     * @param dateLabel the message key of the date the filter uses
     * @param columns the list's columns (the reference comes first in the export)
     * @param fields the lines of a record's page
     * @param blank a new record of a unit
     */
    record Sheet<D>(
            String path,
            String titleKey,
            String history,
            String fileName,
            String dateLabel,
            boolean byCountry,
            boolean byStatus,
            List<Column<D>> columns,
            List<Column<D>> fields,
            Function<String, D> blank) {}

    private final Book<?, D> book;
    private final Sheet<D> sheet;

    BookPages(Book<?, D> book, PageParts parts, Sheet<D> sheet) {
        super(
                parts,
                book,
                RecordList.of(list(sheet, book), book),
                new PageType("consular", sheet.history(), "consular"));
        this.book = book;
        this.sheet = sheet;
    }

    /** The list's one declaration, for its page and its export. */
    private static <D extends ConsularData> ListColumns<D> list(Sheet<D> sheet, Book<?, D> book) {
        List<Column<D>> all = new ArrayList<>();
        all.add(Column.ref(ConsularData::ref));
        all.addAll(sheet.columns());
        String path = "/consular/" + sheet.path();
        return ListColumns.of(sheet.titleKey(), path, sheet.fileName(), d -> path + "/" + d.id(), all)
                .sorted(book.defaultSort(), book.defaultSort());
    }

    /** What a record's page shows beside its fields. */
    void addDetails(D record, Model model) {}

    @ModelAttribute
    void common(Model model, Locale locale) {
        model.addAttribute("path", sheet.path());
        model.addAttribute("titleKey", sheet.titleKey());
        model.addAttribute("dateLabel", sheet.dateLabel());
        model.addAttribute("countries", Countries.all(locale));
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("byCountry", sheet.byCountry());
        model.addAttribute("byStatus", sheet.byStatus());
    }

    @Override
    protected void details(Long id, Model model) {
        D record = book.read(id);
        model.addAttribute("record", record);
        model.addAttribute("fields", sheet.fields());
        model.addAttribute("canWrite", book.canWrite(record.unit()));
        addDetails(record, model);
    }

    @Override
    protected D blank() {
        return sheet.blank().apply(parts.access().current().unitCode());
    }

    @Override
    protected String formPage(Model model) {
        super.formPage(model);
        return "consular/form-" + sheet.path();
    }
}
