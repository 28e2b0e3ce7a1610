package vn.doingoai.indicator;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.InvalidInputException;
import vn.doingoai.user.Access;
import vn.doingoai.user.Role;

/**
 * The indicators: their definitions, built in or defined by officers. Their values are kept by
 * {@link IndicatorValueBook}, entered in a year's grid by {@link IndicatorGrid}.
 */
@Service
@Transactional
public class Indicators {

    private final IndicatorRepository indicators;
    private final Access access;

    Indicators(IndicatorRepository indicators, Access access) {
        this.indicators = indicators;
        this.access = access;
    }

    /** Every indicator, the built-in ones first. */
    @Transactional(readOnly = true)
    public List<IndicatorData> all() {
        return indicators.findAllByOrderByBuiltinDescCodeAsc().stream()
                .map(IndicatorData::of)
                .toList();
    }

    /** Admins, approvers and officers define indicators. */
    boolean canDefine() {
        Role role = access.current().role();
        return role == Role.ADMIN || role == Role.APPROVER || role == Role.OFFICER;
    }

    IndicatorData define(IndicatorData data) {
        if (!canDefine()) {
            throw new AccessDeniedException("Only admins and officers define indicators");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (data.code() == null || !data.code().trim().matches("[a-z0-9_-]+(\\.[a-zA-Z0-9_-]+)*")) {
            problems.add(new FieldProblem("code", "indicator.code.invalid"));
        } else if (indicators.existsById(data.code().trim())) {
            problems.add(new FieldProblem("code", "indicator.code.taken"));
        }
        if (data.nameVi() == null || data.nameVi().isBlank()) {
            problems.add(new FieldProblem("nameVi", "validation.required"));
        }
        if (data.measure() == null || data.measure().isBlank()) {
            problems.add(new FieldProblem("measure", "validation.required"));
        }
        if (data.aggregation() == null) {
            problems.add(new FieldProblem("aggregation", "validation.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Indicator indicator = new Indicator(
                data.code().trim(),
                data.nameVi().trim(),
                data.nameEn() == null || data.nameEn().isBlank()
                        ? null
                        : data.nameEn().trim(),
                data.measure().trim(),
                data.aggregation());
        indicators.saveAndFlush(indicator);
        return IndicatorData.of(indicator);
    }
}
