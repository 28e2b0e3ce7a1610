package vn.doingoai.border;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.common.RecordEntity;
import vn.doingoai.common.RecordSpecs;
import vn.doingoai.search.SearchHit;
import vn.doingoai.search.SearchProvider;
import vn.doingoai.unit.UnitNames;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.web.PageFormat;

/** Border gates (by name, counterpart) and incidents (by summary, gate) in the global search. */
@Component
class BorderSearch implements SearchProvider {

    private final BorderGateRepository gates;
    private final BorderIncidentRepository incidents;
    private final UnitNames unitNames;
    private final PageFormat format;

    BorderSearch(
            BorderGateRepository gates, BorderIncidentRepository incidents, UnitNames unitNames, PageFormat format) {
        this.gates = gates;
        this.incidents = incidents;
        this.unitNames = unitNames;
        this.format = format;
    }

    private static <E extends RecordEntity> Specification<E> matching(UnitScope scope, String foldedQuery) {
        return Specification.<E>where(scope.specification(false)).and(RecordSpecs.matching(foldedQuery));
    }

    @Override
    @Transactional(readOnly = true)
    public List<SearchHit> search(String foldedQuery, UnitScope scope, int limit) {
        List<SearchHit> hits = new ArrayList<>();
        gates.findAll(matching(scope, foldedQuery), PageRequest.of(0, limit, Sort.by("name")))
                .forEach(g -> hits.add(new SearchHit(
                        "nav.borderGates",
                        g.getName(),
                        unitNames.label(g.getUnitCode())
                                + (g.getCounterpart() == null ? "" : " · " + g.getCounterpart()),
                        "/border-gates/" + g.getId())));
        incidents
                .findAll(matching(scope, foldedQuery), PageRequest.of(0, limit, Sort.by(Sort.Direction.DESC, "date")))
                .forEach(i -> hits.add(new SearchHit(
                        "nav.borderIncidents",
                        i.getSummary(),
                        unitNames.label(i.getUnitCode()) + " · " + format.date(i.getDate()),
                        "/border-incidents/" + i.getId())));
        return hits.size() > limit ? hits.subList(0, limit) : hits;
    }
}
