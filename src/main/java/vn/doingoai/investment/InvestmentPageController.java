package vn.doingoai.investment;

import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.doingoai.common.Countries;
import vn.doingoai.partner.Partners;
import vn.doingoai.web.PageParts;
import vn.doingoai.web.PageType;
import vn.doingoai.web.RecordFormPages;
import vn.doingoai.web.RecordList;

/** The FDI pages: the list with filters, a project's page with its capital history, the form. */
@Controller
@RequestMapping("/investments")
class InvestmentPageController extends RecordFormPages<InvestmentData, InvestmentFilter, InvestmentForm> {

    private final InvestmentBook investments;
    private final CapitalHistory capital;
    private final Partners partners;

    InvestmentPageController(InvestmentBook investments, CapitalHistory capital, Partners partners, PageParts parts) {
        super(
                parts,
                investments,
                new RecordList<>(InvestmentColumns.LIST, investments::views, investments::viewsAll),
                PageType.of("investment"));
        this.investments = investments;
        this.capital = capital;
        this.partners = partners;
    }

    @ModelAttribute
    void common(Model model, Locale locale) {
        model.addAttribute("statuses", InvestmentStatus.values());
        model.addAttribute("countries", Countries.all(locale));
    }

    @Override
    protected void details(Long id, Model model) {
        InvestmentBook.View view = investments.view(id);
        model.addAttribute("investment", view.data());
        model.addAttribute("investor", view.investor());
        model.addAttribute("steps", capital.of(view.data()));
        model.addAttribute("canWrite", investments.canWrite(view.data().unit()));
    }

    @Override
    protected InvestmentForm blank() {
        return InvestmentForm.blank();
    }

    @Override
    protected InvestmentForm form(InvestmentData record) {
        return InvestmentForm.of(record);
    }

    @Override
    protected void formModel(Model model) {
        model.addAttribute("partners", partners.choices());
    }
}
