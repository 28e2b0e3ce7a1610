package vn.doingoai.investment;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import vn.doingoai.search.HitText;
import vn.doingoai.search.RecordSearch;

/** FDI projects in the global search. */
@Component
class InvestmentSearch extends RecordSearch<Investment> {

    InvestmentSearch(InvestmentRepository repository, HitText text) {
        super("nav.investments", "/investments/", repository, Sort.by("name"), text);
    }

    @Override
    protected Function<Investment, Hit> shown(List<Investment> found) {
        return i -> new Hit(
                i.getName(),
                HitText.join(text.date(i.getRegisteredOn()), text.amount(i.getCapital()), text.unit(i.getUnitCode())));
    }
}
