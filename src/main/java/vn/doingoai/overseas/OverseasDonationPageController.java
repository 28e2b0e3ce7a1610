package vn.doingoai.overseas;

import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.doingoai.partner.Partners;
import vn.doingoai.web.PageParts;
import vn.doingoai.web.PageType;
import vn.doingoai.web.RecordFormPages;
import vn.doingoai.web.RecordList;

/**
 * The donation pages: the list, a donation's page with its USD and VND equivalents, the form (its
 * value as two flat fields, {@link DonationForm}; {@code /new?donor=p7} names the donor).
 */
@Controller
@RequestMapping("/overseas-donations")
class OverseasDonationPageController
        extends RecordFormPages<OverseasDonationData, OverseasDonationFilter, DonationForm> {

    private final OverseasDonationBook donations;
    private final Partners partners;

    OverseasDonationPageController(OverseasDonationBook donations, Partners partners, PageParts parts) {
        super(
                parts,
                donations,
                new RecordList<>(OverseasDonationColumns.LIST, donations::views, donations::viewsAll),
                new PageType("overseas", "overseasDonation", "overseas"));
        this.donations = donations;
        this.partners = partners;
    }

    @Override
    protected void listModel(OverseasDonationFilter filter, Model model) {
        model.addAttribute("allPartners", partners.choices());
    }

    @Override
    protected void details(Long id, Model model) {
        OverseasDonations.View donation = donations.view(id);
        model.addAttribute("donation", donation);
        model.addAttribute("canWrite", parts.access().canWrite(donation.data().unit()));
    }

    @Override
    protected DonationForm blank() {
        return blank(Map.of());
    }

    @Override
    protected DonationForm blank(Map<String, String> query) {
        return DonationForm.blank(parts.access().current().unitCode(), query.get("donor"));
    }

    @Override
    protected void formModel(Model model) {
        model.addAttribute("allPartners", partners.choices());
    }

    @Override
    protected DonationForm form(OverseasDonationData record) {
        return DonationForm.of(record);
    }
}
