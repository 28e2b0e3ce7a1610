package vn.doingoai.consular;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.doingoai.money.Money;
import vn.doingoai.money.VietnameseFormat;

/**
 * A column of a consular list, or a line of a record's page: its label (a message key), the field
 * it sorts by (null when it does not sort), and its value for a record.
 */
public record Column(String label, String sort, Function<Object, Object> value) {

    @SuppressWarnings("unchecked")
    static <D> Column of(String label, String sort, Function<D, Object> value) {
        return new Column(label, sort, row -> value.apply((D) row));
    }

    /** The value as the page shows it: dates 10/6/2021, numbers 2.907, amounts 300.000.000 VND. */
    public String text(Object row) {
        Object v = value.apply(row);
        if (v == null) {
            return "";
        }
        if (v instanceof LocalDate d) {
            return VietnameseFormat.date(d);
        }
        if (v instanceof BigDecimal n) {
            return VietnameseFormat.number(n);
        }
        if (v instanceof Integer || v instanceof Long) {
            return VietnameseFormat.number(((Number) v).longValue());
        }
        if (v instanceof Money m) {
            return VietnameseFormat.number(m.amount()) + " " + m.currency();
        }
        if (v instanceof Collection<?> c) {
            return c.stream().map(Object::toString).collect(Collectors.joining(", "));
        }
        return v.toString();
    }

    /** The value for an Excel cell: dates and numbers typed, the rest as text. */
    public Object cell(Object row) {
        Object v = value.apply(row);
        if (v == null) {
            return "";
        }
        if (v instanceof LocalDate || v instanceof Number) {
            return v;
        }
        return text(row);
    }
}
