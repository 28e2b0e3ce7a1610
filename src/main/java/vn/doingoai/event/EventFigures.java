package vn.doingoai.event;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.FigureSource;
import vn.doingoai.report.Figures;

/**
 * {@code events.hosted} / {@code events.attended} (co-hosted counts as hosted), their {@code
 * .online} parts (online or hybrid) and {@code events.bridgePoints} (of the hosted events), counted
 * by the database.
 */
@Component
class EventFigures implements FigureSource {

    private final EventRepository repository;

    EventFigures(EventRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public void contribute(FigureQuery query, Figures figures) {
        long hosted = 0;
        long attended = 0;
        long hostedOnline = 0;
        long attendedOnline = 0;
        for (Object[] row : repository.countByRoleAndFormat(
                query.units().all(), query.units().codesForQuery(), query.from(), query.to())) {
            EventRole role = (EventRole) row[0];
            EventFormat format = (EventFormat) row[1];
            long count = ((Number) row[2]).longValue();
            if (role.hosting()) {
                hosted += count;
                hostedOnline += format.online() ? count : 0;
            } else {
                attended += count;
                attendedOnline += format.online() ? count : 0;
            }
        }
        long bridgePoints = repository.countBridgePoints(
                query.units().all(),
                query.units().codesForQuery(),
                query.from(),
                query.to(),
                List.of(EventRole.HOSTED, EventRole.CO_HOSTED));
        String list = "/events?" + query.listParams();
        figures.put("events.hosted", hosted, "EVENTS", list + "&hosting=true");
        figures.put("events.attended", attended, "EVENTS", list + "&hosting=false");
        figures.put("events.hosted.online", hostedOnline, "EVENTS", list + "&hosting=true&online=true");
        figures.put("events.attended.online", attendedOnline, "EVENTS", list + "&hosting=false&online=true");
        figures.put("events.bridgePoints", bridgePoints, "PLACES", list + "&hosting=true&online=true");
    }
}
