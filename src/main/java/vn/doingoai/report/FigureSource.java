package vn.doingoai.report;

import java.util.List;

/**
 * One module's contribution to the summary. For each period of the query it adds every figure key
 * it owns to that period's {@link Figures}, 0 where nothing was recorded, computed with aggregate
 * queries in the database: one pass over the records for all the periods together (the report asks
 * for its period and the same period a year before).
 */
public interface FigureSource {

    /** Adds the figures of {@code query.period(i)} to {@code figures.get(i)}, for every period. */
    void contribute(FigureQuery query, List<Figures> figures);

    /** The figures of a query of one period. */
    default void contribute(FigureQuery query, Figures figures) {
        contribute(query, List.of(figures));
    }
}
