package vn.doingoai.direction;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import vn.doingoai.search.HitText;
import vn.doingoai.search.RecordSearch;

/** Policy documents in the global search: by number, title, issuer and the titles of their tasks. */
@Component
class DocumentSearch extends RecordSearch<PolicyDocument> {

    DocumentSearch(DocumentRepository repository, HitText text) {
        super("nav.documents", "/documents/", repository, Sort.by(Sort.Direction.DESC, "issuedOn"), text);
    }

    @Override
    protected Function<PolicyDocument, Hit> shown(List<PolicyDocument> found) {
        return d -> new Hit(
                d.getNumber() + " · " + d.getTitle(), text.unit(d.getUnitCode()) + " · " + text.date(d.getIssuedOn()));
    }
}
