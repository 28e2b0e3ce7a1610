package vn.doingoai.event;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.FigureRecords;
import vn.doingoai.report.SqlFigureRecords;

/**
 * The events behind {@code events.*}: hosted (co-hosted included) or attended, starting in the
 * period, their online (or hybrid) part, the bridge points of the hosted ones, and the homeland
 * events of any role, as {@link EventFigures} counts them.
 */
@Component
class EventFigureRecords extends SqlFigureRecords {

    private static final Set<String> KEYS = Set.of(
            "events.hosted",
            "events.attended",
            "events.hosted.online",
            "events.attended.online",
            "events.bridgePoints",
            "events.homeland");

    EventFigureRecords() {
        super(KEYS);
    }

    @Override
    public Drill records(String key, FigureQuery query) {
        boolean hosting = !key.startsWith("events.attended");
        boolean bridgePoints = key.equals("events.bridgePoints");
        Map<String, Object> params = query.sqlParameters();
        boolean homeland = key.equals("events.homeland");
        params.put(
                "roles",
                Arrays.stream(EventRole.values())
                        .filter(r -> homeland || r.hosting() == hosting)
                        .map(Enum::name)
                        .toList());
        String online = "";
        if (key.endsWith(".online")) {
            online = " and e.format in (:formats)";
            params.put(
                    "formats",
                    Arrays.stream(EventFormat.values())
                            .filter(EventFormat::online)
                            .map(Enum::name)
                            .toList());
        }
        var lines = jdbc.query(
                "select e.id, e.title, e.start_date, e.unit_code, e.bridge_point_count from event e where "
                        + query.scope("e.unit_code") + " and e.role in (:roles) and "
                        + FigureQuery.in("e.start_date", 0)
                        + online + (bridgePoints ? " and e.bridge_point_count > 0" : "")
                        + (homeland ? " and e.type = 'HOMELAND'" : "")
                        + " order by e.start_date, e.id",
                params,
                FigureRecords.lines("/events/", bridgePoints));
        return Drill.sum(bridgePoints ? "PLACES" : "EVENTS", lines);
    }
}
