package vn.doingoai.report;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import vn.doingoai.common.Numbers;
import vn.doingoai.money.CurrencyConverter;
import vn.doingoai.money.CurrencySum;

/**
 * The figures of a {@link FigureQuery} being added up, cell by cell, from the rows of its {@link
 * FigureSelect}s, then put into the cells' {@link Figures} with their unit of measure and link: counts
 * ({@link #add}, always {@code +=}: a cell gets rows of several units), things counted once however
 * many rows name them ({@link #addDistinct}: donors, countries) and money in one currency ({@link
 * #addMoney}: each amount at the rate of its own date, a missing rate a warning, never 0).
 */
public final class FigureTally {

    private final FigureQuery query;
    private final Supplier<CurrencyConverter> rates;
    private final String currency;
    private final Map<String, long[]> counts = new HashMap<>();
    private final Map<String, List<Set<Object>>> distinct = new HashMap<>();
    private final Map<String, List<CurrencySum>> money = new HashMap<>();

    FigureTally(FigureQuery query, CurrencyConverter converter, String currency) {
        this.query = query;
        this.currency = currency;
        this.rates = converter == null
                ? () -> null
                : new Supplier<>() {
                    private CurrencyConverter snapshot;

                    @Override
                    public CurrencyConverter get() {
                        if (snapshot == null) {
                            snapshot = converter.snapshot(); // loaded once, and only when an amount needs a rate
                        }
                        return snapshot;
                    }
                };
    }

    /** Adds {@code n} to figure {@code key} of the row's cell. */
    public void add(FigureSelect.Row row, String key, long n) {
        add(row.cell(), key, n);
    }

    /** Adds {@code n} to figure {@code key} of a cell. */
    public void add(int cell, String key, long n) {
        counts.computeIfAbsent(key, k -> new long[query.cells()])[cell] += n;
    }

    /** Counts {@code thing} in figure {@code key} of the row's cell, once however many rows name it. */
    public void addDistinct(FigureSelect.Row row, String key, Object thing) {
        distinct.computeIfAbsent(key, k -> cells(HashSet::new)).get(row.cell()).add(thing);
    }

    /** Adds an amount, summed in the tally's currency at the rate of {@code date}, to figure {@code key}. */
    public void addMoney(FigureSelect.Row row, String key, String amountCurrency, LocalDate date, BigDecimal amount) {
        money.computeIfAbsent(key, k -> cells(() -> new CurrencySum(rates, currency)))
                .get(row.cell())
                .add(amountCurrency, date, amount);
    }

    /** Adds a row's sum of one currency at one date ({@link FigureSelect#perCurrency}) to figure {@code key}. */
    public void addMoney(FigureSelect.Row row, String key, BigDecimal amount) throws SQLException {
        addMoney(row, key, row.text(FigureSelect.CURRENCY), row.date(FigureSelect.RATE_DATE), amount);
    }

    /** The count of figure {@code key} in a cell (of things, for a distinct figure), 0 when nothing. */
    public long count(int cell, String key) {
        if (distinct.containsKey(key)) {
            return distinct.get(key).get(cell).size();
        }
        long[] values = counts.get(key);
        return values == null ? 0 : values[cell];
    }

    /**
     * Puts figure {@code key} into every cell with its unit of measure and its link ({@code link} of
     * the cell): a count, or for money the sum, with a warning for each amount left out.
     */
    public void put(List<Figures> figures, String key, String unit, IntFunction<String> link) {
        for (int c = 0; c < query.cells(); c++) {
            Figures f = figures.get(c);
            if (money.containsKey(key)) {
                CurrencySum sum = money.get(key).get(c);
                f.put(key, Numbers.plain(sum.total()), unit, link.apply(c));
                sum.missing().forEach(m -> f.warn(FigureWarning.noRate(key, m)));
            } else {
                f.put(key, count(c, key), unit, link.apply(c));
            }
        }
    }

    private <T> List<T> cells(Supplier<T> make) {
        List<T> cells = new ArrayList<>();
        for (int c = 0; c < query.cells(); c++) {
            cells.add(make.get());
        }
        return cells;
    }
}
