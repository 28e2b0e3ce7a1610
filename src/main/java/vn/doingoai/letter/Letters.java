package vn.doingoai.letter;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.common.RecordSpecs;
import vn.doingoai.partner.PartnerRef;
import vn.doingoai.partner.Partners;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.user.Access;

/**
 * Letters with the partners they name, as this module's pages, import and plug-ins (the partner's
 * page, the report) read them; their keeping is {@link LetterBook}'s.
 */
@Service
@Transactional(readOnly = true)
class Letters {

    private final LetterRepository repository;
    private final Partners partners;
    private final Access access;

    Letters(LetterRepository repository, Partners partners, Access access) {
        this.repository = repository;
        this.partners = partners;
        this.access = access;
    }

    /** The partners that letters name, by id. */
    record Refs(Map<Long, PartnerRef> partners) {

        List<String> refs(List<Long> ids) {
            return of(ids).stream().map(PartnerRef::ref).toList();
        }

        List<PartnerRef> of(List<Long> ids) {
            return ids.stream().map(partners::get).filter(r -> r != null).toList();
        }

        String names(List<Long> ids) {
            return of(ids).stream()
                    .map(r -> r.name() + " " + (r.nameVi() == null ? "" : r.nameVi()))
                    .collect(Collectors.joining(" "));
        }

        LetterData data(Letter l, LetterData.Shape shape) {
            return LetterData.of(l, refs(l.getPartnerIds()), shape);
        }
    }

    /** The partners of these letters, in one query. */
    Refs refs(Collection<Letter> letters) {
        Set<Long> ids = new HashSet<>();
        letters.forEach(l -> ids.addAll(l.getPartnerIds()));
        return new Refs(partners.refs(ids));
    }

    /** A letter with its partners, as its page shows it. */
    record View(LetterData data, List<PartnerRef> partners) {}

    /** These letters with their partners (one lookup for all), with id and version. */
    List<View> views(List<Letter> letters) {
        Refs refs = refs(letters);
        return letters.stream()
                .map(l -> new View(refs.data(l, LetterData.Shape.IDENTITY), refs.of(l.getPartnerIds())))
                .toList();
    }

    /** The letters exchanged with a partner that the current user may see, latest first. */
    List<LetterData> ofPartner(Long partnerId) {
        UnitScope readable = access.readable();
        return views(repository.findByPartner(partnerId).stream()
                        .filter(l -> readable.contains(l.getUnitCode()))
                        .toList())
                .stream()
                .map(View::data)
                .toList();
    }

    /** The letters sent in a period, beyond their count: how many partners they went to, and for what. */
    record Sent(int partners, Set<LetterOccasion> occasions) {}

    Sent sent(UnitScope scope, LocalDate from, LocalDate to) {
        Specification<Letter> spec = Specification.<Letter>where(scope.specification(false))
                .and(RecordSpecs.equal("direction", LetterDirection.SENT))
                .and(RecordSpecs.between("date", from, to));
        Set<Long> partnerIds = new HashSet<>();
        Set<LetterOccasion> occasions = EnumSet.noneOf(LetterOccasion.class);
        for (Letter l : repository.findAll(spec)) {
            partnerIds.addAll(l.getPartnerIds());
            occasions.add(l.getOccasion());
        }
        return new Sent(partnerIds.size(), occasions);
    }
}
