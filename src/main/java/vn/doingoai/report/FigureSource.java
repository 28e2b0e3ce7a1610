package vn.doingoai.report;

import java.util.List;

/**
 * One module's contribution to the summary. For each cell of the query (a period, or a group of
 * units and a period) it adds every figure key it owns to that cell's {@link Figures}, 0 where
 * nothing was recorded, computed with aggregate queries in the database: one pass over the records
 * for all the cells together (the report asks for its period and the same period a year before; the
 * national view for every province).
 */
public interface FigureSource {

    /** Adds the figures of each cell {@code query.cell(g, i)} to {@code figures.get(query.cell(g, i))}. */
    void contribute(FigureQuery query, List<Figures> figures);

    /** The figures of a query of one period. */
    default void contribute(FigureQuery query, Figures figures) {
        contribute(query, List.of(figures));
    }
}
