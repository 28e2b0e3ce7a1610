package vn.doingoai.report;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.money.CurrencyConverter;

/**
 * A figure source that counts its module's tables with aggregate queries ({@link
 * FigureQuery#select}), in one read-only transaction, into one tally of the query's cells: counts,
 * and money summed in one currency where the module names it ({@code super("USD")}). A module gives
 * only its {@link #count}: the queries read into the tally ({@link #jdbc}), and the figures it puts
 * ({@link FigureTally#put}). Like Spring's {@code JdbcDaoSupport}, it is given its database by a
 * setter, so that a source needs no constructor of its own.
 */
@Transactional(readOnly = true)
public abstract class SqlFigureSource implements FigureSource {

    private final String currency;
    protected NamedParameterJdbcTemplate jdbc;
    private ObjectProvider<CurrencyConverter> converters;

    /** A source of counts. */
    protected SqlFigureSource() {
        this(null);
    }

    /** A source of counts and of money summed in {@code currency}, each amount at its own date's rate. */
    protected SqlFigureSource(String currency) {
        this.currency = currency;
    }

    @Autowired
    void read(NamedParameterJdbcTemplate jdbc, ObjectProvider<CurrencyConverter> converters) {
        this.jdbc = jdbc;
        this.converters = converters;
    }

    /** The exchange rates (for a chart's money). */
    protected CurrencyConverter converter() {
        return converters.getObject();
    }

    @Override
    public void contribute(FigureQuery query, List<Figures> figures) {
        count(query, currency == null ? query.tally() : query.tally(converter(), currency), figures);
    }

    /**
     * Counts into figure {@code key} the records of {@code table} (its alias's {@code unit_code} is
     * their unit) dated in each period, where the conditions hold.
     *
     * @param table the table and its alias: {@code press_visit v}
     * @param dateColumn {@code v.start_date}
     * @param conditions more conditions on the records: {@code n.status = 'PUBLISHED'}
     */
    protected void countDated(
            FigureQuery query, FigureTally tally, String key, String table, String dateColumn, String... conditions) {
        FigureSelect select = query.select(table, table.substring(table.indexOf(' ') + 1) + ".unit_code")
                .sumIn("records", dateColumn, "1");
        for (String condition : conditions) {
            select.where(condition);
        }
        select.where(dateColumn + " between :from and :to")
                .read(jdbc, row -> tally.add(row, key, row.count("records")));
    }

    /** Counts every cell of the query into the tally, and puts the module's figures into {@code figures}. */
    protected abstract void count(FigureQuery query, FigureTally tally, List<Figures> figures);
}
