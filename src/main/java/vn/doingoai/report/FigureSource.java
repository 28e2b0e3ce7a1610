package vn.doingoai.report;

/**
 * One module's contribution to the summary. It adds every figure key it owns, 0 where nothing was
 * recorded, computed with aggregate queries in the database. The report calls it for the period
 * and again for the same period a year before.
 */
public interface FigureSource {

    void contribute(FigureQuery query, Figures figures);
}
