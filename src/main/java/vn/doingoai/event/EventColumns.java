package vn.doingoai.event;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
import vn.doingoai.common.Countries;
import vn.doingoai.web.Column;
import vn.doingoai.web.ListColumns;

/** The event list's one declaration: the columns of its page and of its Excel export. */
final class EventColumns {

    static final ListColumns<EventData> LIST = ListColumns.of(
                    "nav.events",
                    "/events",
                    "su-kien.xlsx",
                    e -> "/events/" + e.id(),
                    List.of(
                            Column.ref(EventData::ref),
                            Column.text("event.title", "title", EventData::title),
                            Column.date("event.startDate", "startDate", EventData::startDate),
                            Column.<EventData>date("event.endDate", "endDate", EventData::endDate)
                                    .excelOnly(),
                            Column.unit(EventData::unit),
                            Column.label("event.type", "type", "event.type", EventData::type),
                            Column.label("event.format", "format", "event.format", EventData::format),
                            Column.label("event.role", "role", "event.role", EventData::role),
                            Column.<EventData>text("event.location", "location", EventData::location)
                                    .excelOnly(),
                            Column.<EventData>number("event.bridgePoints", null, e -> e.bridgePoints()
                                            .size())
                                    .pageOnly(),
                            Column.<EventData>text("event.bridgePoints", null, EventColumns::bridgePoints)
                                    .excelOnly(),
                            Column.<EventData>number("event.participants", "participants", EventData::participants)
                                    .excelOnly()))
            .sorted(Sort.by(Sort.Direction.DESC, "startDate"), Sort.by("startDate"));

    /** {@code Sơn La (Việt Nam); Tokyo (Nhật Bản)}. */
    private static String bridgePoints(EventData e) {
        return e.bridgePoints().stream()
                .map(b -> b.place() + " (" + Countries.name(b.country(), LocaleContextHolder.getLocale()) + ")")
                .collect(Collectors.joining("; "));
    }

    private EventColumns() {}
}
