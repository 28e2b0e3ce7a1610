package vn.doingoai.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.doingoai.money.CurrencyConverter;
import vn.doingoai.unit.UnitNames;

/**
 * The records behind every figure of a report, for the workbook's records sheet: each with what it
 * adds to its figure, in the figure's unit of measure (amounts converted at their own dates' rates,
 * as the figure converts them; null where a rate is missing).
 */
@Component
class FigureRecordRows implements ExcelWorkbook.Records {

    private final List<FigureRecords> sources;
    private final CurrencyConverter converter;
    private final UnitNames units;

    FigureRecordRows(List<FigureRecords> sources, CurrencyConverter converter, UnitNames units) {
        this.sources = sources;
        this.converter = converter;
        this.units = units;
    }

    @Override
    public List<ExcelWorkbook.RecordRow> rows(ReportDocuments.Report report) {
        FigureQuery query = new FigureQuery(
                report.request().unit().getCode(),
                report.context().scope(),
                report.request().period());
        CurrencyConverter rates = converter.snapshot();
        List<ExcelWorkbook.RecordRow> rows = new ArrayList<>();
        for (String key : report.summary().figures().keySet()) {
            for (FigureRecords source : sources) {
                if (!source.keys().contains(key)) {
                    continue;
                }
                FigureRecords.Drill drill = source.records(key, query);
                for (FigureRecords.Line line : drill.records()) {
                    rows.add(new ExcelWorkbook.RecordRow(
                            key,
                            line,
                            contribution(line, drill.measure(), rates),
                            drill.measure(),
                            line.unit() == null ? "" : units.label(line.unit())));
                }
                break;
            }
        }
        return rows;
    }

    private static BigDecimal contribution(FigureRecords.Line line, String measure, CurrencyConverter rates) {
        if (line.amounts().isEmpty()) {
            return line.value();
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (FigureRecords.Amount a : line.amounts()) {
            Optional<BigDecimal> converted =
                    rates.convert(a.money().amount(), a.money().currency(), measure, a.rateDate());
            if (converted.isEmpty()) {
                return null;
            }
            sum = sum.add(converted.get());
        }
        return sum;
    }
}
