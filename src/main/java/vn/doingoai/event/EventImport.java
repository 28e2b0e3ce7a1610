package vn.doingoai.event;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import vn.doingoai.agreement.Agreements;
import vn.doingoai.dataset.DatasetSection;
import vn.doingoai.dataset.ImportContext;
import vn.doingoai.dataset.RefImport;
import vn.doingoai.partner.Partners;

/** The {@code events} section of the dataset document (order 40), imported by ref. */
@Component
class EventImport {

    private final EventRepository repository;
    private final EventBook events;
    private final Partners partners;
    private final Agreements agreements;

    EventImport(EventRepository repository, EventBook events, Partners partners, Agreements agreements) {
        this.repository = repository;
        this.events = events;
        this.partners = partners;
        this.agreements = agreements;
    }

    @Bean
    DatasetSection<EventData> eventsSection() {
        return DatasetSection.of("events", 40, EventData.class, this::importAll, events::exportAll);
    }

    void importAll(List<EventData> items, ImportContext context) {
        RefImport.run(items, context, repository, new Run());
    }

    /** What checking an event resolved: its partners (each once) and its agreement. */
    private record Checked(List<Long> partnerIds, Long agreementId) {}

    /** One import: the refs of every item's partners and agreement are looked up once, before the writes. */
    private final class Run implements RefImport.Records<EventData, Event, Checked> {

        private EventBook.Refs refs;

        @Override
        public Checked check(int index, EventData item, ImportContext context) {
            context.report(index, events.validate(item));
            List<Long> partnerIds = partners.resolveAll(
                    item.partners(), p -> context.problem(index, "partners[" + p + "]", "validation.ref.unknown"));
            Long agreementId = events.resolveAgreement(
                    item.agreement(), () -> context.problem(index, "agreement", "validation.ref.unknown"));
            return new Checked(partnerIds.stream().distinct().toList(), agreementId);
        }

        @Override
        public Function<Event, Object> snapshots(Collection<Event> existing) {
            EventBook.Refs before = events.refs(existing);
            return e -> before.data(e, false);
        }

        @Override
        public Event create() {
            return new Event();
        }

        @Override
        public void beforeWrite(List<EventData> items, List<Checked> checked) {
            Set<Long> partnerIds = new HashSet<>();
            Set<Long> agreementIds = new HashSet<>();
            checked.forEach(c -> {
                partnerIds.addAll(c.partnerIds());
                if (c.agreementId() != null) {
                    agreementIds.add(c.agreementId());
                }
            });
            refs = new EventBook.Refs(partners.refs(partnerIds), agreements.refs(agreementIds));
        }

        @Override
        public void write(Event e, EventData item, Checked checked) {
            List<Long> ids = checked.partnerIds();
            e.remember(refs.partnerRefs(ids), refs.partnerNames(ids), refs.agreementRef(checked.agreementId()));
            events.linkDocument(e, item);
            e.apply(item, ids, checked.agreementId());
        }

        @Override
        public Object written(Event e, Checked checked) {
            return refs.data(e, false);
        }
    }
}
