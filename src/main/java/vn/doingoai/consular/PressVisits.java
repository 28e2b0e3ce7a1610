package vn.doingoai.consular;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.common.Countries;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.search.HitText;
import vn.doingoai.search.RecordSearch;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;

/** Foreign press visits (quản lý phóng viên nước ngoài). */
@Service
@Transactional
class PressVisits extends Book<PressVisit, PressVisitData> {

    PressVisits(PressVisitRepository repository, Access access, Units units) {
        super(
                repository,
                access,
                units,
                new Shape<>("startDate", PressVisit::new, PressVisitData::of, PressVisit::apply));
    }

    @Override
    Specification<PressVisit> ownFilters(ConsularFilter filter) {
        if (filter.country() == null || filter.country().isBlank()) {
            return (root, q, cb) -> null;
        }
        String code = Countries.code(filter.country());
        if (!Countries.isValid(code)) {
            return (root, q, cb) -> cb.disjunction();
        }
        return (root, q, cb) -> cb.like(cb.concat(cb.concat(",", root.get("countries")), ","), "%," + code + ",%");
    }

    @Override
    List<FieldProblem> check(PressVisitData d) {
        List<FieldProblem> problems = new ArrayList<>();
        if (d.startDate() == null) {
            problems.add(new FieldProblem("startDate", "validation.required"));
        }
        if (d.startDate() != null && d.endDate() != null && d.endDate().isBefore(d.startDate())) {
            problems.add(new FieldProblem("endDate", "validation.dates.order"));
        }
        checkNotNegative(d.members(), "members", false, problems);
        if (d.countries() != null) {
            for (int i = 0; i < d.countries().size(); i++) {
                checkCountry(d.countries().get(i), "countries[" + i + "]", problems);
            }
        }
        return problems;
    }

    @Override
    RecordSearch.Hit hit(PressVisit v, HitText text) {
        return new RecordSearch.Hit(
                v.getAgency() == null ? v.getRef() : v.getAgency(),
                HitText.join(
                        text.date(v.getStartDate()), text.unit(v.getUnitCode()), text.countries(v.getCountries())));
    }
}
