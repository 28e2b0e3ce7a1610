package vn.doingoai.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.money.Money;

/**
 * The records behind a module's figures, read from its tables in one read-only transaction: a
 * module gives its keys, and reads each figure's
 * records with the usual select list, the record's id, title, date and unit first, each linked to
 * its page (the start of its link, {@code /aid/}, and its id):
 *
 * <ul>
 *   <li>{@link #counted}: each record counted once;
 *   <li>{@link #adding}: then its value ({@code coalesce(d.persons, 0)}), which it adds;
 *   <li>{@link #paying}: then an amount and its currency, paid at the rate of the record's date.
 * </ul>
 */
@Transactional(readOnly = true)
public abstract class SqlFigureRecords implements FigureRecords {

    private final Set<String> keys;
    protected NamedParameterJdbcTemplate jdbc;

    /** @param keys the keys of the figures whose records this lists */
    protected SqlFigureRecords(Collection<String> keys) {
        this.keys = Set.copyOf(keys);
    }

    /** Given like {@link SqlFigureSource}'s, so that a module's records need no constructor of their own. */
    @Autowired
    void read(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> keys() {
        return keys;
    }

    /** The records of the query (id, title, date, unit), each counted once. */
    protected List<Line> counted(String link, String sql, Map<String, Object> params) {
        return jdbc.query(sql, params, FigureRecords.lines(link, false));
    }

    /**
     * The records of the query (id, title, date, unit, what it is), each counted once and noted with
     * the message key of what it is: {@code notes} followed by the fifth column ({@code
     * letter.occasion.} and a letter's occasion).
     */
    protected List<Line> counted(String link, String sql, Map<String, Object> params, String notes) {
        return jdbc.query(sql, params, (rs, n) -> FigureRecords.lines(link, false)
                .mapRow(rs, n)
                .withNote(notes + rs.getString(5)));
    }

    /** The records of the query (id, title, date, unit, value), each adding its value. */
    protected List<Line> adding(String link, String sql, Map<String, Object> params) {
        return jdbc.query(sql, params, FigureRecords.lines(link, true));
    }

    /**
     * The records of the query (id, title, date, unit, amount, currency), each paying its amount at
     * the rate of its date, with a note.
     */
    protected List<Line> paying(String link, String sql, Map<String, Object> params, String note) {
        return jdbc.query(sql, params, (rs, n) -> paid(rs, link, note));
    }

    /** The record of the current row (id, title, date, unit, amount, currency) paying its amount, with a note. */
    protected static Line paid(ResultSet rs, String link, String note) throws SQLException {
        LocalDate date = date(rs, 3);
        return Line.paying(
                rs.getString(2),
                link + rs.getLong(1),
                date,
                rs.getString(4),
                note,
                List.of(new Amount(new Money(rs.getBigDecimal(5), rs.getString(6)), date)));
    }

    /** A date column, null where the row has none. */
    public static LocalDate date(ResultSet rs, int column) throws SQLException {
        java.sql.Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
