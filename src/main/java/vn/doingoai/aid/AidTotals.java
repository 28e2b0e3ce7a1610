package vn.doingoai.aid;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.doingoai.money.CurrencyConverter;

/** An aid item's transactions in USD and VND, each at the rate of its own date, and its totals. */
@Component
class AidTotals {

    /** A transaction with its value in USD and VND at the rate of its own date (null where no rate). */
    record Line(AidTransaction transaction, BigDecimal usd, BigDecimal vnd) {}

    /** An item's totals in USD and VND, each transaction converted at its own date. */
    record Totals(
            BigDecimal committedUsd,
            BigDecimal committedVnd,
            BigDecimal disbursedUsd,
            BigDecimal disbursedVnd,
            List<AidTransaction> withoutRate) {}

    private final CurrencyConverter converter;

    AidTotals(CurrencyConverter converter) {
        this.converter = converter;
    }

    List<Line> lines(AidData data) {
        CurrencyConverter rates = converter.snapshot();
        List<Line> lines = new ArrayList<>();
        if (data.transactions() != null) {
            for (AidTransaction t : data.transactions()) {
                lines.add(new Line(
                        t,
                        rates.toUsd(t.value(), t.date()).orElse(null),
                        rates.toVnd(t.value(), t.date()).orElse(null)));
            }
        }
        return lines;
    }

    static Totals totals(List<Line> lines) {
        BigDecimal cu = BigDecimal.ZERO;
        BigDecimal cv = BigDecimal.ZERO;
        BigDecimal du = BigDecimal.ZERO;
        BigDecimal dv = BigDecimal.ZERO;
        List<AidTransaction> missing = new ArrayList<>();
        for (Line line : lines) {
            if (line.usd() == null || line.vnd() == null) {
                missing.add(line.transaction());
            }
            boolean commitment = line.transaction().type() == TransactionType.COMMITMENT;
            if (line.usd() != null) {
                if (commitment) {
                    cu = cu.add(line.usd());
                } else {
                    du = du.add(line.usd());
                }
            }
            if (line.vnd() != null) {
                if (commitment) {
                    cv = cv.add(line.vnd());
                } else {
                    dv = dv.add(line.vnd());
                }
            }
        }
        return new Totals(cu, cv, du, dv, missing);
    }
}
