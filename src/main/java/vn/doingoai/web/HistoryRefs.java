package vn.doingoai.web;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Names for the references a history holds, so that a page shows "Tỉnh Luông Pha Bang" rather than
 * {@code LA-LPB}: a module whose records others refer to by ref (partners) implements it. Asked once
 * per history, for all its refs together.
 */
public interface HistoryRefs {

    /** The fields, in any record's snapshot, whose values are this module's refs: {@code partners}, {@code donor}. */
    Set<String> fields();

    /** The names of the refs that exist (one query); the others are shown as they are. */
    Map<String, String> names(Collection<String> refs);
}
