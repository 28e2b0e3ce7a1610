package vn.doingoai.delegation;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import vn.doingoai.search.HitText;
import vn.doingoai.search.RecordSearch;

/** Delegations in the global search: by title, purpose, countries (also by their Vietnamese names), partners, members. */
@Component
class DelegationSearch extends RecordSearch<Delegation> {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    DelegationSearch(DelegationRepository repository, HitText text) {
        super("nav.delegations", "/delegations/", repository, Sort.by(Sort.Direction.DESC, "startDate"), text);
    }

    @Override
    protected Function<Delegation, Hit> shown(List<Delegation> found) {
        return d -> new Hit(
                d.getTitle(),
                HitText.join(
                        DATE.format(d.getStartDate()), text.countries(d.getCountries()), text.unit(d.getUnitCode())));
    }
}
