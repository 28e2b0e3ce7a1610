package vn.doingoai.web;

import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doingoai.common.RecordService;
import vn.doingoai.common.Versioned;

/**
 * {@link RecordPages} with the form: {@code /new}, {@code /{id}/edit} and the save (POST), through
 * {@link Forms#save} (problems beside their fields, what was typed kept, a stale save shown with
 * the current values). The template is {@code <views>/form} with the record in {@code form}. A
 * module gives a new record's values ({@link #blank}) and what the form offers ({@link
 * #formModel}).
 *
 * <p>The form is the record's data shape itself ({@code X} = {@code D}), or a {@link RecordForm} of
 * its own whose fields are named otherwise (flat money rows): such a module overrides {@link #form}.
 *
 * @param <D> the data shape
 * @param <F> the list's filter
 * @param <X> the form as the browser posts it
 */
public abstract class RecordFormPages<D extends Versioned, F, X> extends RecordPages<D, F> {

    protected RecordFormPages(PageParts parts, RecordService<D, F> records, RecordList<F, ?> list, PageType type) {
        super(parts, records, list, type);
    }

    /** The form of a new record. */
    protected abstract X blank();

    /**
     * The form of a new record as the link that leads to it asks: {@code /new?donor=p7} from an
     * association's page names the donor. By default the query is not read: {@link #blank()}.
     *
     * @param query the query parameters of {@code /new}
     */
    protected X blank(Map<String, String> query) {
        return blank();
    }

    /** What the form offers to choose from (the units are there already). */
    protected void formModel(Model model) {}

    /** The form of a record. */
    @SuppressWarnings("unchecked")
    protected X form(D record) {
        return (X) record;
    }

    /** The record a form makes: the form itself, or what a {@link RecordForm} makes. */
    @SuppressWarnings("unchecked")
    protected D data(X form) {
        return form instanceof RecordForm<?> own ? (D) own.toData() : (D) form;
    }

    /** The form's name of a field of the record ({@code transactions[0].value.amount}). */
    protected String field(X form, String path) {
        return form instanceof RecordForm<?> own ? own.field(path) : path;
    }

    /** The form of a record to change (a module may first check that it may be changed). */
    protected X editing(Long id) {
        return form(records.read(id));
    }

    /**
     * The name of the file input posted with the form ({@code file}); a type whose data shape has a
     * field of that name (a policy document's signed {@code file}) names its input otherwise.
     */
    protected String fileParameter() {
        return "file";
    }

    /** Writes the record of a valid form, with the file posted with it if the type keeps one. */
    protected D write(D data, MultipartFile file) {
        return data.id() == null ? records.create(data) : records.update(data.id(), data);
    }

    @GetMapping("/new")
    public String create(@RequestParam Map<String, String> query, Model model) {
        model.addAttribute("form", blank(query));
        return formPage(model);
    }

    @GetMapping("/{id}/edit")
    public String edit(@PathVariable Long id, Model model) {
        model.addAttribute("form", editing(id));
        return formPage(model);
    }

    @PostMapping
    public String save(
            @ModelAttribute("form") X form,
            BindingResult binding,
            @RequestParam Map<String, MultipartFile> files,
            Model model,
            RedirectAttributes redirect) {
        MultipartFile file = files.get(fileParameter());
        D data = data(form);
        return parts.forms()
                .save(
                        form,
                        data,
                        path -> field(form, path),
                        binding,
                        model,
                        d -> write(d, file),
                        () -> records.read(data.id()))
                .map(saved -> Forms.saved(redirect, path() + "/" + saved.id()))
                .orElseGet(() -> formPage(model));
    }

    /** The form page: the units the user may write and what the module's form offers. */
    protected String formPage(Model model) {
        model.addAttribute("units", parts.writableUnits());
        formModel(model);
        return type().views() + "/form";
    }
}
