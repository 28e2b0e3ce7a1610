package vn.doingoai.aid;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import vn.doingoai.search.HitText;
import vn.doingoai.search.RecordSearch;

/** Aid items in the global search. */
@Component
class AidSearch extends RecordSearch<AidItem> {

    AidSearch(AidRepository repository, HitText text) {
        super("nav.aid", "/aid/", repository, Sort.by("title"), text);
    }

    @Override
    protected Function<AidItem, Hit> shown(List<AidItem> found) {
        return a -> new Hit(
                a.getTitle(),
                HitText.join(
                        text.date(a.getStartDate()) + " – " + text.date(a.getEndDate()), text.unit(a.getUnitCode())));
    }
}
