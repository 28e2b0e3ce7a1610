package vn.doingoai.ngo;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.doingoai.partner.Partners;
import vn.doingoai.web.PageParts;
import vn.doingoai.web.PageType;
import vn.doingoai.web.RecordFormPages;
import vn.doingoai.web.RecordList;

/** The registration pages: the list, a registration's page, the form ({@code /new?ngo=p5} names the NGO). */
@Controller
@RequestMapping("/ngo-registrations")
class NgoRegistrationPageController
        extends RecordFormPages<NgoRegistrationData, NgoRegistrationFilter, NgoRegistrationData> {

    private final NgoRegistrationBook registrations;
    private final Partners partners;

    NgoRegistrationPageController(NgoRegistrationBook registrations, Partners partners, PageParts parts) {
        super(
                parts,
                registrations,
                new RecordList<>(NgoRegistrationColumns.LIST, registrations::views, registrations::viewsAll),
                new PageType("ngo", "ngoRegistration", "ngo"));
        this.registrations = registrations;
        this.partners = partners;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("kinds", RegistrationKind.values());
    }

    @Override
    protected void listModel(NgoRegistrationFilter filter, Model model) {
        model.addAttribute("allPartners", partners.choices());
    }

    @Override
    protected void details(Long id, Model model) {
        NgoRegistrations.View registration = registrations.view(id);
        model.addAttribute("registration", registration.data());
        model.addAttribute("ngo", registration.ngo());
        model.addAttribute("validToday", registration.data().validOn(LocalDate.now()));
        model.addAttribute(
                "canWrite", parts.access().canWrite(registration.data().unit()));
    }

    @Override
    protected NgoRegistrationData blank() {
        return blank(Map.of());
    }

    @Override
    protected NgoRegistrationData blank(Map<String, String> query) {
        return new NgoRegistrationData(
                null,
                null,
                null,
                parts.access().current().unitCode(),
                query.get("ngo"),
                RegistrationKind.OPERATION,
                null,
                null,
                null,
                null,
                null);
    }

    @Override
    protected void formModel(Model model) {
        model.addAttribute("allPartners", partners.choices());
    }
}
