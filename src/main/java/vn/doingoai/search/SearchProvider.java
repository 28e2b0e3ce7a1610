package vn.doingoai.search;

import java.util.List;
import vn.doingoai.unit.UnitScope;

/** One record type's part of the global search. */
public interface SearchProvider {

    /**
     * Records in {@code scope} whose folded search text contains {@code foldedQuery} (already lower
     * case and without diacritics), at most {@code limit} of them.
     */
    List<SearchHit> search(String foldedQuery, UnitScope scope, int limit);
}
