package vn.doingoai.investment;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The filters of the project list: unit, text, country, status, registered from/to; with {@code
 * adjusted}, the projects registered before {@code from} with a capital change from {@code from}
 * to {@code to}; with {@code movement}, the projects behind the capital registered in a period: those
 * registered in it and those adjusted in it; with {@code activeOn}, the projects registered by that
 * day and not ended by then.
 */
record InvestmentFilter(
        String unit,
        String q,
        String country,
        InvestmentStatus status,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        Boolean adjusted,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate activeOn,
        String investor,
        Boolean movement) {

    static InvestmentFilter none() {
        return new InvestmentFilter(null, null, null, null, null, null, null, null, null, null);
    }

    public boolean adjustedOnly() {
        return Boolean.TRUE.equals(adjusted);
    }

    public boolean registeredOrAdjusted() {
        return Boolean.TRUE.equals(movement);
    }
}
