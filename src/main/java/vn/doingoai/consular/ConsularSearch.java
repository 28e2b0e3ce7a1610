package vn.doingoai.consular;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.search.HitText;
import vn.doingoai.search.SearchHit;
import vn.doingoai.search.SearchProvider;
import vn.doingoai.unit.UnitScope;

/** Consular records in the global search. */
@Component
class ConsularSearch implements SearchProvider {

    private final List<Book<?, ?>> books;
    private final HitText text;

    ConsularSearch(
            EntryApprovals entries, CitizenSupports support, PressVisits press, ProtectionCases cases, HitText text) {
        this.books = List.of(entries, support, press, cases);
        this.text = text;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SearchHit> search(String foldedQuery, UnitScope scope, int limit) {
        List<SearchHit> hits = new ArrayList<>();
        for (Book<?, ?> book : books) {
            if (hits.size() >= limit) {
                break;
            }
            hits.addAll(book.search(foldedQuery, scope, limit - hits.size(), text));
        }
        return hits;
    }
}
