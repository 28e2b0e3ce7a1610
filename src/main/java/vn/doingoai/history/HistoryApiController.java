package vn.doingoai.history;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/v1/TYPE/{id}/history}: a record's changes, oldest first, for every record type
 * whose module registers a {@link HistoryReadRight}. 404 for an unknown resource or record, 403
 * outside the user's read right; a deleted record's history stays readable.
 */
@RestController
class HistoryApiController {

    private final Map<String, HistoryReadRight> rights;
    private final HistoryService history;

    HistoryApiController(List<HistoryReadRight> rights, HistoryService history) {
        this.rights = rights.stream().collect(Collectors.toMap(HistoryReadRight::resource, Function.identity()));
        this.history = history;
    }

    @GetMapping("/api/v1/{resource}/{id}/history")
    List<Item> history(@PathVariable String resource, @PathVariable Long id) {
        HistoryReadRight right = rights.get(resource);
        if (right == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No resource " + resource);
        }
        List<HistoryEntry> entries = history.of(right.type(), id);
        if (entries.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No " + right.type() + " " + id);
        }
        right.checkRead(history.lastUnit(right.type(), id));
        List<Item> oldestFirst = new ArrayList<>(entries.stream().map(Item::of).toList());
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    /** One change as the API shows it: {@code {"at", "by", "action", "changes": [{"field", "before", "after"}]}}. */
    record Item(String at, String by, HistoryAction action, List<HistoryEntry.Change> changes) {
        static Item of(HistoryEntry e) {
            return new Item(e.at().truncatedTo(ChronoUnit.SECONDS).toString(), e.username(), e.action(), e.changes());
        }
    }
}
