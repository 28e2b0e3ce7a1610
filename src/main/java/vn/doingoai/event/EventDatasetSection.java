package vn.doingoai.event;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doingoai.dataset.DatasetSection;
import vn.doingoai.dataset.ImportContext;
import vn.doingoai.unit.UnitScope;

/** The {@code events} section of the dataset document, after partners and agreements. */
@Component
class EventDatasetSection implements DatasetSection<EventData> {

    private final Events events;

    EventDatasetSection(Events events) {
        this.events = events;
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Class<EventData> itemType() {
        return EventData.class;
    }

    @Override
    public void importItems(List<EventData> items, ImportContext context) {
        events.importAll(items, context);
    }

    @Override
    public List<EventData> export(UnitScope scope) {
        return events.exportAll(scope);
    }
}
