package vn.doingoai.border;

import org.springframework.ui.Model;
import vn.doingoai.common.RecordData;
import vn.doingoai.common.RecordService;
import vn.doingoai.web.PageParts;
import vn.doingoai.web.PageType;
import vn.doingoai.web.RecordFormPages;
import vn.doingoai.web.RecordList;

/**
 * The pages of a border record type: {@link RecordFormPages} where "new" and the form's units are
 * those on the border the user may write ({@link BorderUnits}), not every unit.
 */
abstract class BorderPages<D extends RecordData, F> extends RecordFormPages<D, F, D> {

    protected final BorderUnits borderUnits;

    BorderPages(
            PageParts parts,
            RecordService<D, F> records,
            RecordList<F, ?> list,
            PageType type,
            BorderUnits borderUnits) {
        super(parts, records, list, type);
        this.borderUnits = borderUnits;
    }

    @Override
    protected String newLink() {
        return borderUnits.canWriteAny() ? path() + "/new" : null;
    }

    @Override
    protected void listModel(F filter, Model model) {
        model.addAttribute("canWrite", borderUnits.canWriteAny());
    }

    @Override
    protected String formPage(Model model) {
        String view = super.formPage(model);
        model.addAttribute("units", borderUnits.writable());
        return view;
    }
}
