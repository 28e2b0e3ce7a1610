package vn.doingoai.investment;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import vn.doingoai.common.Text;
import vn.doingoai.dataset.DatasetSection;
import vn.doingoai.dataset.ImportContext;
import vn.doingoai.dataset.RefImport;
import vn.doingoai.partner.PartnerRef;
import vn.doingoai.partner.Partners;

/** The {@code investments} section of the dataset document (order 50), imported by ref. */
@Component
class InvestmentImport implements RefImport.Records<InvestmentData, Investment, Optional<PartnerRef>> {

    private final InvestmentRepository repository;
    private final InvestmentBook investments;
    private final Partners partners;

    InvestmentImport(InvestmentRepository repository, InvestmentBook investments, Partners partners) {
        this.repository = repository;
        this.investments = investments;
        this.partners = partners;
    }

    @Bean
    DatasetSection<InvestmentData> investmentsSection() {
        return DatasetSection.of(
                "investments",
                50,
                InvestmentData.class,
                (items, context) -> RefImport.run(items, context, repository, this),
                investments::exportAll);
    }

    @Override
    public Optional<PartnerRef> check(int index, InvestmentData item, ImportContext context) {
        context.report(index, investments.validate(item));
        if (Text.isBlank(item.investor())) {
            return Optional.empty();
        }
        Optional<PartnerRef> investor = partners.resolve(item.investor().trim());
        if (investor.isEmpty()) {
            context.problem(index, "investor", "validation.ref.unknown");
        }
        return investor;
    }

    @Override
    public Function<Investment, Object> snapshots(Collection<Investment> existing) {
        Map<Long, PartnerRef> refs = investments.investors(List.copyOf(existing));
        return e -> InvestmentBook.toData(e, refs, false);
    }

    @Override
    public Investment create() {
        return new Investment();
    }

    @Override
    public void write(Investment record, InvestmentData item, Optional<PartnerRef> investor) {
        InvestmentBook.write(record, item, investor);
    }

    @Override
    public Object written(Investment record, Optional<PartnerRef> investor) {
        return InvestmentData.of(record, investor.map(PartnerRef::ref).orElse(null), false);
    }
}
