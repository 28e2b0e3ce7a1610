package vn.doingoai.history;

public enum HistoryAction {
    CREATE,
    UPDATE,
    DELETE
}
