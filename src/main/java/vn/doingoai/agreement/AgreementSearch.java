package vn.doingoai.agreement;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import vn.doingoai.search.HitText;
import vn.doingoai.search.RecordSearch;

/** Agreements in the global search: by title, signatory and partner names. */
@Component
class AgreementSearch extends RecordSearch<Agreement> {

    AgreementSearch(AgreementRepository repository, HitText text) {
        super("nav.agreements", "/agreements/", repository, Sort.by(Sort.Direction.DESC, "signedOn"), text);
    }

    @Override
    protected Function<Agreement, Hit> shown(List<Agreement> found) {
        return a -> new Hit(a.getTitle(), HitText.join(text.unit(a.getUnitCode()), text.date(a.getSignedOn())));
    }
}
