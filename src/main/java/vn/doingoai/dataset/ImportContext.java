package vn.doingoai.dataset;

import java.util.List;
import vn.doingoai.common.FieldProblem;

/** What a section may do while it imports: report problems and count what it wrote. */
public interface ImportContext {

    /** Adds a problem at {@code <section>[index].<field>}; the whole import is then rolled back. */
    void problem(int index, String field, String message);

    boolean hasProblems();

    void created();

    void updated();

    /**
     * Checks that a unit exists and that the importing user may write its records; reports a
     * problem at {@code field} otherwise.
     */
    boolean checkUnit(int index, String field, String unitCode);

    /**
     * Reports an item's own problems at {@code index}, then checks its unit ({@link #checkUnit}),
     * which stands for any problem the item had on its {@code unit}.
     */
    default void check(int index, List<FieldProblem> problems, String unitCode) {
        problems.stream().filter(p -> !p.field().equals("unit")).forEach(p -> problem(index, p.field(), p.message()));
        checkUnit(index, "unit", unitCode);
    }
}
