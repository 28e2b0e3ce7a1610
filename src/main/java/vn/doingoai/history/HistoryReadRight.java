package vn.doingoai.history;

import java.util.function.Consumer;

/**
 * Who may read the history of a record type on the API ({@code GET /api/v1/TYPE/{id}/history}):
 * each record module registers one per API resource, naming the resource, the type its records
 * have in the history, and its own read right for a record of a unit. The history of a deleted
 * record is read with the unit it had in its last change, so that whoever could read the record
 * can still read its history.
 */
public abstract class HistoryReadRight {

    private final String resource;
    private final String type;
    private final Consumer<String> unitCheck;

    /**
     * @param resource the API resource: {@code agreements}
     * @param type the records' type in the history: {@code agreement}
     * @param unitCheck refuses (403) unless the current user may read a record of the given unit
     */
    protected HistoryReadRight(String resource, String type, Consumer<String> unitCheck) {
        this.resource = resource;
        this.type = type;
        this.unitCheck = unitCheck;
    }

    public String resource() {
        return resource;
    }

    public String type() {
        return type;
    }

    /** Refuses unless the current user may read a record of this type that belongs, or belonged, to the unit. */
    public void checkRead(String unitCode) {
        unitCheck.accept(unitCode);
    }
}
