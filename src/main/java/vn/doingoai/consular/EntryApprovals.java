package vn.doingoai.consular;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.search.HitText;
import vn.doingoai.search.RecordSearch;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;

/** Entry approvals (xét duyệt nhập cảnh). */
@Service
@Transactional
class EntryApprovals extends Book<EntryApproval, EntryApprovalData> {

    EntryApprovals(EntryApprovalRepository repository, Access access, Units units) {
        super(
                repository,
                access,
                units,
                new Shape<>("decidedOn", EntryApproval::new, EntryApprovalData::of, EntryApproval::apply));
    }

    @Override
    List<FieldProblem> check(EntryApprovalData d) {
        List<FieldProblem> problems = new ArrayList<>();
        if (d.decidedOn() == null) {
            problems.add(new FieldProblem("decidedOn", "validation.required"));
        }
        checkNotNegative(d.approved(), "approved", true, problems);
        checkNotNegative(d.received(), "received", true, problems);
        checkCountry(d.country(), "country", problems);
        return problems;
    }

    @Override
    RecordSearch.Hit hit(EntryApproval e, HitText text) {
        return new RecordSearch.Hit(
                (e.getDecisionNumber() == null ? e.getRef() : e.getDecisionNumber()) + " · "
                        + text.number(e.getApproved()),
                HitText.join(text.date(e.getDecidedOn()), text.unit(e.getUnitCode()), text.country(e.getCountry())));
    }
}
