package vn.doingoai.partner;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import vn.doingoai.search.HitText;
import vn.doingoai.search.RecordSearch;

/** Partners in the global search; partners of no unit are everyone's. */
@Component
class PartnerSearch extends RecordSearch<Partner> {

    PartnerSearch(PartnerRepository repository, HitText text) {
        super("nav.partners", "/partners/", repository, Sort.by("name"), text);
    }

    @Override
    protected boolean orShared() {
        return true;
    }

    @Override
    protected Function<Partner, Hit> shown(List<Partner> found) {
        return p -> new Hit(p.displayName(), HitText.join(p.getName(), text.country(p.getCountry())));
    }
}
