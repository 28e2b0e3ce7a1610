package vn.doingoai.event;

import java.util.List;
import java.util.function.IntFunction;
import org.springframework.stereotype.Component;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.FigureTally;
import vn.doingoai.report.Figures;
import vn.doingoai.report.SqlFigureSource;

/**
 * {@code events.hosted} / {@code events.attended} (co-hosted counts as hosted), their {@code
 * .online} parts (online or hybrid), {@code events.bridgePoints} (of the hosted events) and {@code
 * events.homeland} (events of type HOMELAND, whatever their role), counted by the database.
 */
@Component
class EventFigures extends SqlFigureSource {

    @Override
    protected void count(FigureQuery query, FigureTally tally, List<Figures> figures) {
        query.select("event e", "e.unit_code")
                .groupBy("e.role", "e.format")
                .sumIn("events", "e.start_date", "1")
                .sumIn("bridge_points", "e.start_date", "e.bridge_point_count")
                .sum("homeland", i -> FigureQuery.in("e.start_date", i) + " and e.type = 'HOMELAND'", "1")
                .where("e.start_date between :from and :to")
                .read(jdbc, row -> {
                    boolean hosting = EventRole.valueOf(row.text("role")).hosting();
                    boolean online = EventFormat.valueOf(row.text("format")).online();
                    String key = hosting ? "events.hosted" : "events.attended";
                    long count = row.count("events");
                    tally.add(row, key, count);
                    tally.add(row, key + ".online", online ? count : 0);
                    tally.add(row, "events.bridgePoints", hosting ? row.count("bridge_points") : 0);
                    tally.add(row, "events.homeland", row.count("homeland"));
                });
        IntFunction<String> hosted = c -> "/events?" + query.listParams(c) + "&hosting=true";
        IntFunction<String> attended = c -> "/events?" + query.listParams(c) + "&hosting=false";
        tally.put(figures, "events.hosted", "EVENTS", hosted);
        tally.put(figures, "events.attended", "EVENTS", attended);
        tally.put(figures, "events.hosted.online", "EVENTS", c -> hosted.apply(c) + "&online=true");
        tally.put(figures, "events.attended.online", "EVENTS", c -> attended.apply(c) + "&online=true");
        tally.put(figures, "events.bridgePoints", "PLACES", c -> hosted.apply(c) + "&online=true");
        tally.put(figures, "events.homeland", "EVENTS", c -> "/events?" + query.listParams(c) + "&type=HOMELAND");
    }
}
