package vn.doingoai.border;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.search.HitText;
import vn.doingoai.search.RecordSearch;
import vn.doingoai.search.SearchHit;
import vn.doingoai.search.SearchProvider;
import vn.doingoai.unit.UnitScope;

/**
 * Border gates (by name, counterpart) and incidents (by summary, gate) in the global search: one
 * part of it, gates first, at most {@code limit} hits for both.
 */
@Component
class BorderSearch implements SearchProvider {

    private final List<SearchProvider> parts;

    BorderSearch(BorderGateRepository gates, BorderIncidentRepository incidents, HitText text) {
        this.parts = List.of(
                new RecordSearch<BorderGate>("nav.borderGates", "/border-gates/", gates, Sort.by("name"), text) {
                    @Override
                    protected Function<BorderGate, Hit> shown(List<BorderGate> found) {
                        return g -> new Hit(g.getName(), HitText.join(text.unit(g.getUnitCode()), g.getCounterpart()));
                    }
                },
                new RecordSearch<BorderIncident>(
                        "nav.borderIncidents",
                        "/border-incidents/",
                        incidents,
                        Sort.by(Sort.Direction.DESC, "date"),
                        text) {
                    @Override
                    protected Function<BorderIncident, Hit> shown(List<BorderIncident> found) {
                        return i ->
                                new Hit(i.getSummary(), text.unit(i.getUnitCode()) + " · " + text.date(i.getDate()));
                    }
                });
    }

    @Override
    @Transactional(readOnly = true)
    public List<SearchHit> search(String foldedQuery, UnitScope scope, int limit) {
        List<SearchHit> hits = new ArrayList<>();
        parts.forEach(part -> hits.addAll(part.search(foldedQuery, scope, limit)));
        return hits.size() > limit ? hits.subList(0, limit) : hits;
    }
}
