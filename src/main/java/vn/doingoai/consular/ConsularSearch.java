package vn.doingoai.consular;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.search.HitText;
import vn.doingoai.search.SearchHit;
import vn.doingoai.search.SearchProvider;
import vn.doingoai.unit.UnitScope;

/** Consular records in the global search: the four types in turn, each on {@code search.RecordSearch}, within one limit. */
@Component
class ConsularSearch implements SearchProvider {

    private final List<SearchProvider> types;

    ConsularSearch(
            EntryApprovals entries, CitizenSupports support, PressVisits press, ProtectionCases cases, HitText text) {
        this.types = List.of(
                entries.search("consular.entries", "/consular/entry-approvals/", text),
                support.search("consular.support", "/consular/citizen-support/", text),
                press.search("consular.press", "/consular/press-visits/", text),
                cases.search("consular.cases", "/consular/protection-cases/", text));
    }

    @Override
    @Transactional(readOnly = true)
    public List<SearchHit> search(String foldedQuery, UnitScope scope, int limit) {
        List<SearchHit> hits = new ArrayList<>();
        for (SearchProvider type : types) {
            if (hits.size() >= limit) {
                break;
            }
            hits.addAll(type.search(foldedQuery, scope, limit - hits.size()));
        }
        return hits;
    }
}
