package vn.doingoai.investment;

import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.doingoai.money.VietnameseFormat;
import vn.doingoai.partner.PartnerLinks;

/** A partner's page lists the projects it invests in. */
@Component
class InvestmentLinks implements PartnerLinks {

    private final InvestmentBook investments;
    private final InvestmentRepository repository;

    InvestmentLinks(InvestmentBook investments, InvestmentRepository repository) {
        this.repository = repository;
        this.investments = investments;
    }

    @Override
    public List<LinkedRecord> linkedTo(Long partnerId) {
        return investments.ofInvestor(partnerId).stream()
                .map(i -> new LinkedRecord(
                        "nav.investments",
                        i.name(),
                        VietnameseFormat.date(i.registeredOn()) + " · "
                                + VietnameseFormat.amount(i.capital(), LocaleContextHolder.getLocale()),
                        "/investments/" + i.id()))
                .toList();
    }

    @Override
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public java.util.Set<String> unitsUsing(Long partnerId) {
        return repository.unitsNaming(partnerId);
    }
}
