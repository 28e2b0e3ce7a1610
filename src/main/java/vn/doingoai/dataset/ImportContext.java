package vn.doingoai.dataset;

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
}
