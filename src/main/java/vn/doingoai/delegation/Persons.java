package vn.doingoai.delegation;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.common.NotFoundException;
import vn.doingoai.common.Text;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.user.Access;

/**
 * The persons delegations name: a member is the same person on every trip when their name and
 * organisation fold alike. Finds or makes the persons of a delegation's members, and gives the
 * people pages their lists and a person's trips.
 */
@Service
@Transactional
class Persons {

    private final PersonRepository persons;
    private final DelegationRepository delegations;
    private final DelegationRefs refs;
    private final Access access;

    Persons(PersonRepository persons, DelegationRepository delegations, DelegationRefs refs, Access access) {
        this.persons = persons;
        this.delegations = delegations;
        this.refs = refs;
        this.access = access;
    }

    /** The members a delegation names (rows without a name are left out). */
    static List<MemberData> named(DelegationData data) {
        return data.members() == null
                ? List.of()
                : data.members().stream()
                        .filter(m -> m != null && m.name() != null && !m.name().isBlank())
                        .toList();
    }

    /** The persons of these members by their key, found or made, in one query. */
    Map<String, Person> of(Collection<MemberData> members) {
        Map<String, MemberData> byKey = new LinkedHashMap<>();
        members.forEach(m -> byKey.putIfAbsent(Person.key(m.name(), m.organization()), m));
        Map<String, Person> found = new HashMap<>();
        if (byKey.isEmpty()) {
            return found;
        }
        persons.findByMatchKeyIn(byKey.keySet()).forEach(p -> found.put(p.getMatchKey(), p));
        byKey.forEach((key, m) -> {
            if (!found.containsKey(key)) {
                found.put(key, persons.save(new Person(m.name(), m.organization())));
            }
        });
        return found;
    }

    /** The members to write, each with its person from {@link #of}. */
    static List<Member> members(List<MemberData> members, Map<String, Person> people) {
        return members.stream()
                .map(m -> new Member(
                        m.name().trim(),
                        Text.blankToNull(m.position()),
                        Text.blankToNull(m.organization()),
                        people.get(Person.key(m.name(), m.organization())).getId()))
                .toList();
    }

    /** The persons with trips in the user's units (or in {@code unit}), matching {@code q}. */
    @Transactional(readOnly = true)
    Page<PersonRow> people(String q, String unit, Pageable pageable) {
        UnitScope scope = access.scope(unit, true);
        String pattern = Text.likePattern(q);
        return persons.withTrips(
                        scope.all(),
                        scope.codesForQuery(),
                        pattern == null ? "%" : pattern,
                        PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()))
                .map(r -> new PersonRow((Long) r[0], (String) r[1], (String) r[2], ((Number) r[3]).longValue()));
    }

    /** A person with their trips that the user may see (404 when there are none). */
    @Transactional(readOnly = true)
    PersonView person(Long id) {
        Person person = persons.findById(id).orElseThrow(() -> new NotFoundException("Person " + id));
        UnitScope scope = access.readable();
        List<Delegation> trips = delegations.findByPerson(id, scope.all(), scope.codesForQuery());
        if (trips.isEmpty()) {
            throw new NotFoundException("Person " + id);
        }
        Map<Integer, Long> perYear = new TreeMap<>(Comparator.reverseOrder());
        trips.forEach(d -> perYear.merge(d.getStartDate().getYear(), 1L, Long::sum));
        return new PersonView(
                person.getId(), person.getName(), person.getOrganization(), refs.data(trips, true), perYear);
    }
}
