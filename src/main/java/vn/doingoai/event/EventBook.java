package vn.doingoai.event;

import jakarta.persistence.criteria.Join;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.agreement.AgreementRef;
import vn.doingoai.agreement.Agreements;
import vn.doingoai.common.Countries;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.RecordBook;
import vn.doingoai.common.RecordSpecs;
import vn.doingoai.partner.PartnerRef;
import vn.doingoai.partner.Partners;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;

/** The keeping of events for this module's pages, API, dataset section and plug-ins. */
@Service
@Transactional
class EventBook extends RecordBook<Event, EventData, EventFilter> {

    private final EventRepository repository;
    private final Partners partners;
    private final Agreements agreements;
    private final Access access;
    private final Units units;
    private final EventDocuments policyDocuments;

    EventBook(
            EventRepository repository,
            Partners partners,
            Agreements agreements,
            Access access,
            Units units,
            EventDocuments policyDocuments) {
        super(repository, access, Event::new);
        this.policyDocuments = policyDocuments;
        this.repository = repository;
        this.partners = partners;
        this.agreements = agreements;
        this.access = access;
        this.units = units;
    }

    /** What the data shapes need besides the events: their partners' and agreements' refs. */
    record Refs(Map<Long, PartnerRef> partners, Map<Long, AgreementRef> agreements) {

        List<String> partnerRefs(Event e) {
            return partnerRefs(e.getPartnerIds());
        }

        List<String> partnerRefs(List<Long> ids) {
            return ids.stream()
                    .map(partners::get)
                    .filter(r -> r != null)
                    .map(PartnerRef::ref)
                    .toList();
        }

        String partnerNames(List<Long> ids) {
            return ids.stream()
                    .map(partners::get)
                    .filter(r -> r != null)
                    .map(r -> r.name() + " " + (r.nameVi() == null ? "" : r.nameVi()))
                    .collect(Collectors.joining(" "));
        }

        String agreementRef(Long id) {
            AgreementRef ref = id == null ? null : agreements.get(id);
            return ref == null ? null : ref.ref();
        }

        EventData data(Event e, boolean withIdentity) {
            return EventData.of(e, partnerRefs(e), agreementRef(e.getAgreementId()), withIdentity);
        }
    }

    /** The refs of these events' partners and agreements, in two queries. */
    Refs refs(Collection<Event> events) {
        policyDocuments.remember(events);
        Set<Long> partnerIds = new HashSet<>();
        Set<Long> agreementIds = new HashSet<>();
        events.forEach(e -> {
            partnerIds.addAll(e.getPartnerIds());
            if (e.getAgreementId() != null) {
                agreementIds.add(e.getAgreementId());
            }
        });
        return new Refs(partners.refs(partnerIds), agreements.refs(agreementIds));
    }

    @Override
    protected List<EventData> data(List<Event> records) {
        Refs refs = refs(records);
        return records.stream().map(e -> refs.data(e, true)).toList();
    }

    @Override
    protected Specification<Event> specification(EventFilter filter) {
        Specification<Event> spec = listed(filter.unit(), filter.q())
                .and(RecordSpecs.equal("type", filter.type()))
                .and(RecordSpecs.equal("format", filter.eventFormat()))
                .and(RecordSpecs.equal("role", filter.role()));
        if (filter.hosting() != null) {
            spec = spec.and((root, q, cb) -> filter.hosting()
                    ? root.get("role").in(EventRole.HOSTED, EventRole.CO_HOSTED)
                    : cb.equal(root.get("role"), EventRole.ATTENDED));
        }
        if (filter.online() != null) {
            spec = spec.and((root, q, cb) -> filter.online()
                    ? root.get("format").in(EventFormat.ONLINE, EventFormat.HYBRID)
                    : cb.equal(root.get("format"), EventFormat.IN_PERSON));
        }
        spec = spec.and(RecordSpecs.between("startDate", filter.from(), filter.to()));
        if (filter.country() != null && !filter.country().isBlank()) {
            String country = Countries.code(filter.country());
            spec = spec.and((root, q, cb) -> {
                var sub = q.subquery(Long.class);
                var e = sub.from(Event.class);
                Join<Event, BridgePoint> b = e.join("bridgePoints");
                sub.select(e.get("id")).where(cb.equal(b.get("country"), country));
                return root.get("id").in(sub);
            });
        }
        return spec;
    }

    @Transactional(readOnly = true)
    List<PartnerRef> partnersOf(Long id) {
        Event e = get(id);
        Map<Long, PartnerRef> refs = partners.refs(e.getPartnerIds());
        return e.getPartnerIds().stream().map(refs::get).filter(r -> r != null).toList();
    }

    /** The agreement an event carries out, when the user may see it. */
    @Transactional(readOnly = true)
    Optional<AgreementRef> agreementOf(EventData event) {
        return agreements.resolve(event.agreement()).filter(a -> access.canRead(a.unit()));
    }

    @Override
    protected void remember(Event e) {
        Refs refs = refs(List.of(e));
        e.remember(refs.partnerRefs(e), refs.partnerNames(e.getPartnerIds()), refs.agreementRef(e.getAgreementId()));
    }

    @Override
    protected void write(Event e, EventData data) {
        List<FieldProblem> problems = validate(data);
        List<Long> partnerIds = partners.resolveAll(data.partners(), "partners", problems);
        Long agreementId = resolveAgreement(
                data.agreement(), () -> problems.add(new FieldProblem("agreement", "validation.ref.unknown")));
        checkAll(e, data, problems);
        List<Long> distinct = partnerIds.stream().distinct().toList();
        Refs refs = new Refs(
                partners.refs(distinct), agreements.refs(agreementId == null ? List.of() : List.of(agreementId)));
        e.remember(refs.partnerRefs(distinct), refs.partnerNames(distinct), refs.agreementRef(agreementId));
        policyDocuments.link(e, data);
        e.apply(data, distinct, agreementId);
    }

    Long resolveAgreement(String idOrRef, Runnable unknown) {
        if (idOrRef == null || idOrRef.isBlank()) {
            return null;
        }
        Optional<AgreementRef> agreement = agreements.resolve(idOrRef);
        if (agreement.isEmpty()) {
            unknown.run();
            return null;
        }
        return agreement.get().id();
    }

    /** Links the event to the policy document the data names, or to none (the import's write). */
    void linkDocument(Event e, EventData data) {
        policyDocuments.link(e, data);
    }

    /** The checks an event must pass beyond its field constraints. */
    List<FieldProblem> validate(EventData data) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!policyDocuments.known(data)) {
            problems.add(new FieldProblem("document", "validation.ref.unknown"));
        }
        units.check(data.unit(), problems);
        if (data.title() == null || data.title().isBlank()) {
            problems.add(new FieldProblem("title", "validation.required"));
        }
        if (data.type() == null) {
            problems.add(new FieldProblem("type", "validation.required"));
        }
        if (data.format() == null) {
            problems.add(new FieldProblem("format", "validation.required"));
        }
        if (data.role() == null) {
            problems.add(new FieldProblem("role", "validation.required"));
        }
        if (data.startDate() == null) {
            problems.add(new FieldProblem("startDate", "validation.required"));
        } else if (data.endDate() != null && data.endDate().isBefore(data.startDate())) {
            problems.add(new FieldProblem("endDate", "validation.dates.order"));
        }
        if (data.participants() != null && data.participants() < 0) {
            problems.add(new FieldProblem("participants", "validation.positive"));
        }
        if (data.bridgePoints() != null) {
            for (int i = 0; i < data.bridgePoints().size(); i++) {
                BridgePoint b = data.bridgePoints().get(i);
                if (b == null || b.isBlank()) {
                    continue;
                }
                if (b.place() == null || b.place().isBlank()) {
                    problems.add(new FieldProblem("bridgePoints[" + i + "].place", "validation.required"));
                }
                if (!Countries.isValid(b.country())) {
                    problems.add(new FieldProblem("bridgePoints[" + i + "].country", "validation.country.unknown"));
                }
            }
        }
        return problems;
    }

    // ---- for the plug-ins of this module

    @Transactional(readOnly = true)
    List<EventData> inScope(UnitScope scope) {
        List<Event> all = repository.findAll(scope.<Event>specification(false), Sort.by("startDate", "id"));
        Refs refs = refs(all);
        return all.stream().map(e -> refs.data(e, true)).toList();
    }

    /** The events carrying out an agreement that the current user may see. */
    @Transactional(readOnly = true)
    List<EventData> ofAgreement(Long agreementId) {
        UnitScope readable = access.readable();
        List<Event> all = repository.findByAgreementIdOrderByStartDateDesc(agreementId).stream()
                .filter(e -> readable.contains(e.getUnitCode()))
                .toList();
        Refs refs = refs(all);
        return all.stream().map(e -> refs.data(e, true)).toList();
    }

    /** The events a partner took part in that the current user may see (an association's page lists them). */
    @Transactional(readOnly = true)
    List<EventData> ofPartner(Long partnerId) {
        UnitScope readable = access.readable();
        List<Event> all = repository.findByPartner(partnerId).stream()
                .filter(e -> readable.contains(e.getUnitCode()))
                .toList();
        Refs refs = refs(all);
        return all.stream().map(e -> refs.data(e, true)).toList();
    }

    // ---- the dataset section's export (its import is EventImport)

    @Transactional(readOnly = true)
    List<EventData> exportAll(UnitScope scope) {
        List<Event> all = repository.findAll(scope.<Event>specification(false), Sort.by("ref"));
        Refs refs = refs(all);
        return all.stream().map(e -> refs.data(e, false)).toList();
    }
}
