package vn.doingoai.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doingoai.common.RecordService;

/**
 * The pages of a record type: the list with its filters, paging, sorting and Excel export
 * ({@code ?format=xlsx}), a record's page with its history in words, delete (by POST); {@link
 * RecordFormPages} adds the form. The templates are {@code <views>/list} (with its htmx fragment
 * {@code results}) and {@code <views>/detail}. A module says what its record's page shows ({@link
 * #details}) and, where it has them, what its list shows beside the table ({@link #listModel}).
 *
 * @param <D> the data shape
 * @param <F> the list's filter, bound from the query as {@code filter}
 */
public abstract class RecordPages<D, F> {

    protected final PageParts parts;
    protected final RecordService<D, F> records;
    private final RecordList<F, ?> list;
    private final PageType type;

    protected RecordPages(PageParts parts, RecordService<D, F> records, RecordList<F, ?> list, PageType type) {
        this.parts = parts;
        this.records = records;
        this.list = list;
        this.type = type;
    }

    /** The record's page: what it shows beside its history. */
    protected abstract void details(Long id, Model model);

    /** What the list page shows beside the table (counts, choices of its filters). */
    protected void listModel(F filter, Model model) {}

    /** The list's columns and rows (a module whose columns depend on the request gives them here). */
    protected RecordList<F, ?> list() {
        return list;
    }

    /** The form of a new record, where the list's "new" button leads (none for a user who may not write). */
    protected String newLink() {
        return parts.access().canWriteAnything() ? path() + "/new" : null;
    }

    /** The list's address ({@code /events}); a record's page is {@code path/id}. */
    protected String path() {
        return list.columns().path();
    }

    protected PageType type() {
        return type;
    }

    @GetMapping
    @KeptAnswer
    public String list(@ModelAttribute("filter") F filter, Pageable pageable, HttpServletRequest request, Model model) {
        show(list(), filter, pageable, model);
        model.addAttribute("canWrite", parts.access().canWriteAnything());
        listModel(filter, model);
        return Htmx.view(request, type.views() + "/list", "results");
    }

    @GetMapping(params = "format=xlsx")
    public ResponseEntity<byte[]> export(@ModelAttribute("filter") F filter, Sort sort) {
        return excel(list(), filter, sort);
    }

    @GetMapping("/{id}")
    @KeptAnswer
    public String detail(@PathVariable Long id, Model model) {
        details(id, model);
        model.addAttribute("history", parts.history().of(type.history(), id, type.messages()));
        return type.views() + "/detail";
    }

    @PostMapping("/{id}/delete")
    public String delete(@PathVariable Long id, RedirectAttributes redirect) {
        records.delete(id);
        return Forms.saved(redirect, path());
    }

    /**
     * A step of the record's workflow posted from its page: back to the page saying it was saved,
     * or the page again with the step's problems.
     */
    protected String step(Long id, Runnable step, Model model, RedirectAttributes redirect) {
        return Steps.take(step, path() + "/" + id, () -> detail(id, model), model, redirect);
    }

    private <R> void show(RecordList<F, R> rows, F filter, Pageable pageable, Model model) {
        parts.lists().show(model, rows.columns(), rows.page(filter, pageable), newLink());
    }

    private <R> ResponseEntity<byte[]> excel(RecordList<F, R> rows, F filter, Sort sort) {
        return parts.lists().excel(rows.columns(), rows.all(filter, sort));
    }
}
