package vn.doingoai.consular;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.money.Money;
import vn.doingoai.search.HitText;
import vn.doingoai.search.RecordSearch;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;

/** Support paid to citizens (hỗ trợ công dân). */
@Service
@Transactional
class CitizenSupports extends Book<CitizenSupport, CitizenSupportData> {

    CitizenSupports(CitizenSupportRepository repository, Access access, Units units) {
        super(
                repository,
                access,
                units,
                new Shape<>("paidOn", CitizenSupport::new, CitizenSupportData::of, CitizenSupport::apply));
    }

    @Override
    org.springframework.data.jpa.domain.Specification<CitizenSupport> ownFilters(ConsularFilter filter) {
        return (root, q, cb) -> null;
    }

    @Override
    List<FieldProblem> check(CitizenSupportData d) {
        List<FieldProblem> problems = new ArrayList<>();
        if (d.paidOn() == null) {
            problems.add(new FieldProblem("paidOn", "validation.required"));
        }
        checkNotNegative(d.persons(), "persons", true, problems);
        if (d.amount() == null) {
            problems.add(new FieldProblem("amount", "validation.required"));
        } else {
            if (!Money.isCurrency(d.amount().currency())) {
                problems.add(new FieldProblem("amount.currency", "validation.currency.unknown"));
            }
            if (d.amount().isNegative()) {
                problems.add(new FieldProblem("amount.amount", "validation.positive"));
            }
        }
        return problems;
    }

    @Override
    RecordSearch.Hit hit(CitizenSupport s, HitText text) {
        return new RecordSearch.Hit(
                (s.getProgramme() == null ? s.getRef() : s.getProgramme()) + " · " + text.amount(s.getAmount()),
                HitText.join(text.date(s.getPaidOn()), text.unit(s.getUnitCode())));
    }
}
