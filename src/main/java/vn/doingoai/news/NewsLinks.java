package vn.doingoai.news;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import vn.doingoai.agreement.AgreementRef;
import vn.doingoai.agreement.Agreements;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.delegation.DelegationLookup;
import vn.doingoai.event.EventLookup;
import vn.doingoai.user.Access;

/**
 * The records a news item reports: an agreement, a delegation, an event, named by id or ref on input
 * and by ref in the data shape.
 */
@Component
class NewsLinks {

    /** The ids of the records an item reports (each may be null). */
    record Ids(Long agreement, Long delegation, Long event) {
        static final Ids NONE = new Ids(null, null, null);
    }

    /** The refs of the records an item reports (each may be null). */
    record Refs(String agreement, String delegation, String event) {
        static final Refs NONE = new Refs(null, null, null);
    }

    /** A linked record as an item's page shows it. */
    public record Linked(String type, String title, String link) {}

    /** What the form offers to report: the agreements, and the delegations and events the user reads. */
    record Choices(
            List<AgreementRef> agreements, List<DelegationLookup.Named> delegations, List<EventLookup.Named> events) {}

    private final Agreements agreements;
    private final DelegationLookup delegations;
    private final EventLookup events;
    private final Access access;

    NewsLinks(Agreements agreements, DelegationLookup delegations, EventLookup events, Access access) {
        this.agreements = agreements;
        this.delegations = delegations;
        this.events = events;
        this.access = access;
    }

    /** The records the current user may name on the form. */
    Choices choices() {
        return new Choices(
                agreements.choices(), delegations.choices(access.readable()), events.choices(access.readable()));
    }

    /** The ids the data names; a name that names nothing is a problem at its field. */
    Ids resolve(NewsData data, List<FieldProblem> problems) {
        return new Ids(
                resolve(
                        "agreement",
                        data.agreement(),
                        s -> agreements.resolve(s).map(AgreementRef::id),
                        problems),
                resolve(
                        "delegation",
                        data.delegation(),
                        s -> delegations.resolve(s).map(DelegationLookup.Named::id),
                        problems),
                resolve("event", data.event(), s -> events.resolve(s).map(EventLookup.Named::id), problems));
    }

    private static Long resolve(
            String field, String idOrRef, Function<String, Optional<Long>> lookup, List<FieldProblem> problems) {
        if (idOrRef == null || idOrRef.isBlank()) {
            return null;
        }
        Optional<Long> id = lookup.apply(idOrRef);
        if (id.isEmpty()) {
            problems.add(new FieldProblem(field, "validation.ref.unknown"));
        }
        return id.orElse(null);
    }

    static Ids idsOf(NewsItem n) {
        return new Ids(n.getAgreementId(), n.getDelegationId(), n.getEventId());
    }

    /** The refs of what these items report, in three queries at most. */
    Function<NewsItem, Refs> refs(Collection<NewsItem> items) {
        Function<Ids, Refs> refs = refsOf(items.stream().map(NewsLinks::idsOf).toList());
        return n -> refs.apply(idsOf(n));
    }

    /** The refs of these ids, in three queries at most. */
    Function<Ids, Refs> refsOf(Collection<Ids> all) {
        Set<Long> a = new HashSet<>();
        Set<Long> d = new HashSet<>();
        Set<Long> e = new HashSet<>();
        all.forEach(ids -> {
            add(a, ids.agreement());
            add(d, ids.delegation());
            add(e, ids.event());
        });
        Map<Long, AgreementRef> ar = agreements.refs(a);
        Map<Long, DelegationLookup.Named> dr = delegations.named(d);
        Map<Long, EventLookup.Named> er = events.named(e);
        return ids -> new Refs(
                ids.agreement() == null || !ar.containsKey(ids.agreement())
                        ? null
                        : ar.get(ids.agreement()).ref(),
                ids.delegation() == null || !dr.containsKey(ids.delegation())
                        ? null
                        : dr.get(ids.delegation()).ref(),
                ids.event() == null || !er.containsKey(ids.event())
                        ? null
                        : er.get(ids.event()).ref());
    }

    /** The records an item reports that the current user may read, for its page. */
    List<Linked> linked(NewsItem n) {
        List<Linked> linked = new java.util.ArrayList<>();
        agreements.refs(ids(n.getAgreementId())).values().stream()
                .filter(r -> access.canRead(r.unit()))
                .forEach(r -> linked.add(new Linked("nav.agreements", r.title(), r.link())));
        delegations.named(ids(n.getDelegationId())).values().stream()
                .filter(r -> access.canRead(r.unit()))
                .forEach(r -> linked.add(new Linked("nav.delegations", r.title(), r.link())));
        events.named(ids(n.getEventId())).values().stream()
                .filter(r -> access.canRead(r.unit()))
                .forEach(r -> linked.add(new Linked("nav.events", r.title(), r.link())));
        return linked;
    }

    private static List<Long> ids(Long id) {
        return id == null ? List.of() : List.of(id);
    }

    private static void add(Set<Long> ids, Long id) {
        if (id != null) {
            ids.add(id);
        }
    }
}
