package vn.doingoai.consular;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doingoai.common.Countries;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;
import vn.doingoai.web.Column;
import vn.doingoai.web.Forms;
import vn.doingoai.web.HistoryPage;
import vn.doingoai.web.Htmx;
import vn.doingoai.web.ListColumns;
import vn.doingoai.web.ListPages;

/**
 * The pages of one consular record type under {@code /consular/<path>}: the list with its filters,
 * paging, sorting and Excel; a record's page with its history; the form; delete. The list and the
 * record's page are shared templates driven by {@link Column}s; each type has its own form.
 */
abstract class BookPages<D extends ConsularData> {

    protected final Book<?, D> book;
    protected final HistoryPage history;
    protected final Access access;
    protected final Units units;
    protected Forms forms;
    protected final ListPages listPages;

    BookPages(Book<?, D> book, HistoryPage history, Access access, Units units, ListPages listPages) {
        this.book = book;
        this.history = history;
        this.access = access;
        this.units = units;
        this.listPages = listPages;
    }

    /** {@code entry-approvals}. */
    abstract String path();

    /** The message key of the type's name: {@code consular.entries}. */
    abstract String titleKey();

    abstract String historyType();

    abstract String fileName();

    /** The list's columns (the reference comes first in the export); the first on the page links to the record. */
    abstract List<Column<D>> columns();

    /** The lines of a record's page. */
    abstract List<Column<D>> fields();

    /** The list's one declaration, for its page and its export. */
    ListColumns<D> list() {
        List<Column<D>> all = new ArrayList<>();
        all.add(Column.ref(ConsularData::ref));
        all.addAll(columns());
        return ListColumns.of(
                titleKey(), "/consular/" + path(), fileName(), d -> "/consular/" + path() + "/" + d.id(), all);
    }

    abstract D blank(String unit);

    boolean filtersByCountry() {
        return true;
    }

    boolean filtersByStatus() {
        return false;
    }

    /** The message key of the date the filter uses. */
    abstract String dateLabel();

    void addDetails(D record, Model model) {}

    @ModelAttribute
    void common(Model model, Locale locale) {
        model.addAttribute("path", path());
        model.addAttribute("titleKey", titleKey());
        model.addAttribute("dateLabel", dateLabel());
        model.addAttribute("countries", Countries.all(locale));
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("byCountry", filtersByCountry());
        model.addAttribute("byStatus", filtersByStatus());
    }

    @GetMapping
    String list(
            @ModelAttribute("filter") ConsularFilter filter,
            Pageable pageable,
            HttpServletRequest request,
            Model model) {
        listPages.show(model, list(), book.list(filter, pageable), access.canWriteAnything());
        model.addAttribute("canWrite", access.canWriteAnything());
        return Htmx.view(request, "consular/list", "results");
    }

    @GetMapping(params = "format=xlsx")
    ResponseEntity<byte[]> export(@ModelAttribute("filter") ConsularFilter filter, Sort sort) {
        return listPages.excel(list(), book.listAll(filter, sort));
    }

    @GetMapping("/{id}")
    String detail(@PathVariable Long id, Model model) {
        D record = book.read(id);
        model.addAttribute("record", record);
        model.addAttribute("fields", fields());
        model.addAttribute("history", history.of(historyType(), id, "consular"));
        model.addAttribute("canWrite", book.canWrite(record.unit()));
        addDetails(record, model);
        return "consular/detail";
    }

    @GetMapping("/new")
    String create(Model model) {
        model.addAttribute("form", blank(access.current().unitCode()));
        return form(model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        model.addAttribute("form", book.read(id));
        return form(model);
    }

    private String form(Model model) {
        model.addAttribute(
                "units",
                units.all().stream().filter(u -> access.canWrite(u.getCode())).toList());
        return "consular/form-" + path();
    }

    @PostMapping
    String save(@ModelAttribute("form") D form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return forms.save(
                        form,
                        binding,
                        model,
                        d -> d.id() == null ? book.create(d) : book.update(d.id(), d),
                        () -> book.read(form.id()))
                .map(saved -> Forms.saved(redirect, "/consular/" + path() + "/" + saved.id()))
                .orElseGet(() -> form(model));
    }

    @org.springframework.beans.factory.annotation.Autowired
    void setForms(Forms forms) {
        this.forms = forms;
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable Long id, RedirectAttributes redirect) {
        book.delete(id);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/consular/" + path();
    }
}
