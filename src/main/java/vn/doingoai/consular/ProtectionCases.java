package vn.doingoai.consular;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.common.Countries;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.RecordSpecs;
import vn.doingoai.search.HitText;
import vn.doingoai.search.RecordSearch;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;

/** Citizen protection cases (bảo hộ công dân). */
@Service
@Transactional
class ProtectionCases extends Book<ProtectionCase, ProtectionCaseData> {

    ProtectionCases(ProtectionCaseRepository repository, Access access, Units units) {
        super(
                repository,
                access,
                units,
                new Shape<>("openedOn", ProtectionCase::new, ProtectionCaseData::of, ProtectionCase::apply));
    }

    @Override
    Specification<ProtectionCase> ownFilters(ConsularFilter filter) {
        CaseStatus status = null;
        if (filter.status() != null && !filter.status().isBlank()) {
            try {
                status = CaseStatus.valueOf(filter.status().trim());
            } catch (IllegalArgumentException e) {
                return (root, q, cb) -> cb.disjunction();
            }
        }
        return Specification.<ProtectionCase>where(RecordSpecs.equal("country", Countries.code(filter.country())))
                .and(RecordSpecs.equal("status", status));
    }

    @Override
    List<FieldProblem> check(ProtectionCaseData d) {
        List<FieldProblem> problems = new ArrayList<>();
        if (d.openedOn() == null) {
            problems.add(new FieldProblem("openedOn", "validation.required"));
        }
        if (d.openedOn() != null && d.closedOn() != null && d.closedOn().isBefore(d.openedOn())) {
            problems.add(new FieldProblem("closedOn", "validation.dates.order"));
        }
        if (d.status() == CaseStatus.CLOSED && d.closedOn() == null) {
            problems.add(new FieldProblem("closedOn", "validation.required"));
        }
        checkCountry(d.country(), "country", problems);
        return problems;
    }

    @Override
    RecordSearch.Hit hit(ProtectionCase c, HitText text) {
        String summary = c.getSummary() == null ? c.getRef() : c.getSummary();
        return new RecordSearch.Hit(
                summary.length() > 120 ? summary.substring(0, 120) + "…" : summary,
                HitText.join(text.date(c.getOpenedOn()), text.unit(c.getUnitCode()), text.country(c.getCountry())));
    }
}
