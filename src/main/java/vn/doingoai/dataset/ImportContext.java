package vn.doingoai.dataset;

import java.util.List;
import vn.doingoai.common.FieldProblem;

/**
 * What a section may do while it imports: report problems, count what it wrote, and ask the
 * importing user's rights (remembered per unit for the whole document).
 */
public interface ImportContext {

    /** Adds a problem at {@code <section>[index].<field>}; the whole import is then rolled back. */
    void problem(int index, String field, String message);

    boolean hasProblems();

    void created();

    void updated();

    /** One record of the section was written (created or not): for the progress of a long import. */
    default void recordWritten() {}

    /**
     * Checks that a unit exists and that the importing user may write its records; reports a
     * problem at {@code field} otherwise.
     */
    boolean checkUnit(int index, String field, String unitCode);

    /** Whether the importing user may write the records of this unit. */
    boolean mayWrite(String unitCode);

    /** Whether the importing user may write records at all (shared ones, such as partners of no unit). */
    boolean mayWriteAnything();

    /** Whether the importing user may approve the records of this unit. */
    boolean mayApprove(String unitCode);

    /** The importing user's name. */
    String user();

    /**
     * Reports an item's own problems at {@code index}, but those of its {@code unit}: the import
     * path checks the unit itself ({@link #checkUnit}).
     */
    default void report(int index, List<FieldProblem> problems) {
        problems.stream().filter(p -> !p.field().equals("unit")).forEach(p -> problem(index, p.field(), p.message()));
    }
}
