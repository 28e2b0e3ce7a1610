package vn.doingoai.event;

import java.util.List;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.FigureSource;
import vn.doingoai.report.Figures;

/**
 * {@code events.hosted} / {@code events.attended} (co-hosted counts as hosted), their {@code
 * .online} parts (online or hybrid), {@code events.bridgePoints} (of the hosted events) and {@code
 * events.homeland} (events of type HOMELAND, whatever their role), counted by the database.
 */
@Component
class EventFigures implements FigureSource {

    private final NamedParameterJdbcTemplate jdbc;

    EventFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public void contribute(FigureQuery query, List<Figures> figures) {
        int n = query.size();
        long[][] counts =
                new long[query.cells()][6]; // hosted, attended, hosted online, attended online, bridge points, homeland
        jdbc.query(
                "select e.role, e.format" + query.sumsIn("e.start_date", "1")
                        + query.sumsIn("e.start_date", "e.bridge_point_count")
                        + query.sums(i -> FigureQuery.in("e.start_date", i) + " and e.type = 'HOMELAND'", "1")
                        + query.unitColumn("e.unit_code")
                        + " from event e where " + query.scope("e.unit_code")
                        + " and e.start_date between :from and :to group by e.role, e.format"
                        + query.unitColumn("e.unit_code"),
                query.sqlParameters(),
                rs -> {
                    int g = query.group(rs);
                    boolean hosting = EventRole.valueOf(rs.getString(1)).hosting();
                    boolean online = EventFormat.valueOf(rs.getString(2)).online();
                    for (int i = 0; i < n; i++) {
                        long[] cell = counts[query.cell(g, i)];
                        long count = rs.getLong(3 + i);
                        cell[hosting ? 0 : 1] += count;
                        cell[hosting ? 2 : 3] += online ? count : 0;
                        cell[4] += hosting ? rs.getLong(3 + n + i) : 0;
                        cell[5] += rs.getLong(3 + 2 * n + i);
                    }
                });
        for (int c = 0; c < query.cells(); c++) {
            String list = "/events?" + query.listParams(c);
            Figures f = figures.get(c);
            f.put("events.hosted", counts[c][0], "EVENTS", list + "&hosting=true");
            f.put("events.attended", counts[c][1], "EVENTS", list + "&hosting=false");
            f.put("events.hosted.online", counts[c][2], "EVENTS", list + "&hosting=true&online=true");
            f.put("events.attended.online", counts[c][3], "EVENTS", list + "&hosting=false&online=true");
            f.put("events.bridgePoints", counts[c][4], "PLACES", list + "&hosting=true&online=true");
            f.put("events.homeland", counts[c][5], "EVENTS", list + "&type=HOMELAND");
        }
    }
}
