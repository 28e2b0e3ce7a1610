package vn.doingoai.agreement;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.FigureSource;
import vn.doingoai.report.Figures;

/**
 * {@code agreements.signed} (and by level) and {@code agreements.inForce}, counted by the database.
 */
@Component
class AgreementFigures implements FigureSource {

    static final String UNIT = "AGREEMENTS";

    private final AgreementRepository repository;
    private final Agreements agreements;

    AgreementFigures(AgreementRepository repository, Agreements agreements) {
        this.repository = repository;
        this.agreements = agreements;
    }

    @Override
    @Transactional(readOnly = true)
    public void contribute(FigureQuery query, Figures figures) {
        Map<AgreementLevel, Long> byLevel = new EnumMap<>(AgreementLevel.class);
        List<Object[]> rows = repository.countSignedByLevel(
                query.units().all(), query.units().codesForQuery(), query.from(), query.to(), AgreementStatus.PROPOSED);
        for (Object[] row : rows) {
            byLevel.put((AgreementLevel) row[0], ((Number) row[1]).longValue());
        }
        long total = byLevel.values().stream().mapToLong(Long::longValue).sum();
        figures.put("agreements.signed", total, UNIT, "/agreements?" + query.listParams());
        figures.put(
                "agreements.signed.province",
                byLevel.getOrDefault(AgreementLevel.PROVINCE, 0L),
                UNIT,
                "/agreements?" + query.listParams() + "&level=PROVINCE");
        figures.put(
                "agreements.signed.agency",
                byLevel.getOrDefault(AgreementLevel.AGENCY, 0L),
                UNIT,
                "/agreements?" + query.listParams() + "&level=AGENCY");
        figures.put(
                "agreements.signed.commune",
                byLevel.getOrDefault(AgreementLevel.COMMUNE, 0L),
                UNIT,
                "/agreements?" + query.listParams() + "&level=COMMUNE");
        figures.put(
                "agreements.inForce",
                agreements.countInForce(query.units(), query.to()),
                UNIT,
                "/agreements?unit=" + query.unit() + "&inForce=true&on=" + query.to());
    }
}
