package vn.doingoai.letter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.InvalidInputException;
import vn.doingoai.common.NotFoundException;
import vn.doingoai.common.RecordSpecs;
import vn.doingoai.common.StaleVersionException;
import vn.doingoai.common.Text;
import vn.doingoai.document.StoredDocument;
import vn.doingoai.partner.PartnerRef;
import vn.doingoai.partner.Partners;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;

/** Official letters: their keeping for this module's pages, API, dataset section and plug-ins. */
@Service
@Transactional
public class Letters {

    private final LetterRepository repository;
    private final Partners partners;
    private final Access access;
    private final Units units;

    Letters(LetterRepository repository, Partners partners, Access access, Units units) {
        this.repository = repository;
        this.partners = partners;
        this.access = access;
        this.units = units;
    }

    /** The partners that letters name, by id. */
    record Refs(Map<Long, PartnerRef> partners) {

        List<String> refs(List<Long> ids) {
            return ids.stream()
                    .map(partners::get)
                    .filter(r -> r != null)
                    .map(PartnerRef::ref)
                    .toList();
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

    Refs refs(Collection<Letter> letters) {
        Set<Long> ids = new HashSet<>();
        letters.forEach(l -> ids.addAll(l.getPartnerIds()));
        return new Refs(partners.refs(ids));
    }

    /** A letter with its partners, as lists and pages show it. */
    record View(LetterData data, List<PartnerRef> partners) {

        /** The partners' names, for a list. */
        public String partnerNames() {
            return partners.stream().map(PartnerRef::displayName).collect(Collectors.joining(", "));
        }
    }

    private static View view(Letter l, Refs refs) {
        return new View(refs.data(l, LetterData.Shape.IDENTITY), refs.of(l.getPartnerIds()));
    }

    private List<View> views(List<Letter> letters) {
        Refs refs = refs(letters);
        return letters.stream().map(l -> view(l, refs)).toList();
    }

    @Transactional(readOnly = true)
    Page<View> list(LetterFilter filter, Pageable pageable) {
        Page<Letter> page = repository.findAll(specification(filter), pageable);
        Refs refs = refs(page.getContent());
        return page.map(l -> view(l, refs));
    }

    @Transactional(readOnly = true)
    List<View> listAll(LetterFilter filter, Sort sort) {
        return views(repository.findAll(specification(filter), sort));
    }

    private Specification<Letter> specification(LetterFilter filter) {
        UnitScope scope = access.scope(filter.unit(), true);
        Specification<Letter> spec = Specification.<Letter>where(scope.specification(false))
                .and(RecordSpecs.matching(filter.q()))
                .and(RecordSpecs.equal("direction", filter.direction()))
                .and(RecordSpecs.equal("occasion", filter.occasion()));
        if (filter.from() != null) {
            spec = spec.and((root, q, cb) -> cb.greaterThanOrEqualTo(root.get("date"), filter.from()));
        }
        if (filter.to() != null) {
            spec = spec.and((root, q, cb) -> cb.lessThanOrEqualTo(root.get("date"), filter.to()));
        }
        if (!Text.isBlank(filter.partner())) {
            Long partnerId =
                    partners.resolve(filter.partner()).map(PartnerRef::id).orElse(-1L);
            spec = spec.and((root, q, cb) -> cb.isMember(partnerId, root.get("partnerIds")));
        }
        return spec;
    }

    @Transactional(readOnly = true)
    View read(Long id) {
        return views(List.of(get(id))).get(0);
    }

    private Letter get(Long id) {
        Letter l = repository.findById(id).orElseThrow(() -> new NotFoundException("Letter " + id));
        access.checkRead(l.getUnitCode());
        Refs refs = refs(List.of(l));
        l.remember(refs.refs(l.getPartnerIds()), refs.names(l.getPartnerIds()));
        return l;
    }

    LetterData create(LetterData data) {
        checkWrite(data.unit());
        Letter l = new Letter();
        apply(l, data);
        repository.saveAndFlush(l);
        return read(l.getId()).data();
    }

    LetterData update(Long id, LetterData data) {
        Letter l = get(id);
        access.checkWrite(l.getUnitCode());
        checkWrite(data.unit());
        StaleVersionException.check(l, data.version());
        apply(l, data);
        repository.flush();
        return read(id).data();
    }

    void delete(Long id) {
        Letter l = get(id);
        access.checkWrite(l.getUnitCode());
        repository.delete(l);
    }

    /**
     * Attaches the letter's file (replacing any earlier one). The upload is kept only after the right
     * to write the letter was checked: a refused request writes no file.
     */
    LetterData attach(Long id, Supplier<StoredDocument> upload) {
        Letter l = get(id);
        access.checkWrite(l.getUnitCode());
        StoredDocument document = upload.get();
        if (document != null) {
            l.setDocument(document);
            repository.flush();
        }
        return read(id).data();
    }

    /** The letter's file, after the access check of its letter. */
    @Transactional(readOnly = true)
    StoredDocument document(Long id) {
        StoredDocument document = get(id).getDocument();
        if (document == null || document.path() == null) {
            throw new NotFoundException("Document of letter " + id);
        }
        return document;
    }

    /** Refuses before anything is written (a file included) unless the user may write the unit. */
    void checkWrite(String unitCode) {
        if (!Text.isBlank(unitCode) && units.exists(unitCode.trim())) {
            access.checkWrite(unitCode.trim());
        } else if (!access.canWriteAnything()) {
            throw new AccessDeniedException("Read only");
        }
    }

    private void apply(Letter l, LetterData data) {
        List<FieldProblem> problems = validate(data);
        List<Long> partnerIds = partners.resolveAll(
                data.partners(), i -> problems.add(new FieldProblem("partners[" + i + "]", "validation.ref.unknown")));
        if (!Text.isBlank(data.ref())) {
            repository
                    .findByRef(data.ref().trim())
                    .filter(other -> !other.getId().equals(l.getId()))
                    .ifPresent(other -> problems.add(new FieldProblem("ref", "validation.ref.taken")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<Long> distinct = partnerIds.stream().distinct().toList();
        Refs refs = new Refs(partners.refs(distinct));
        l.remember(refs.refs(distinct), refs.names(distinct));
        l.apply(data, distinct);
    }

    /** The checks a letter must pass beyond its field constraints. */
    List<FieldProblem> validate(LetterData data) {
        List<FieldProblem> problems = new ArrayList<>();
        if (Text.isBlank(data.unit())) {
            problems.add(new FieldProblem("unit", "validation.required"));
        } else if (!units.exists(data.unit().trim())) {
            problems.add(new FieldProblem("unit", "validation.unit.unknown"));
        }
        if (data.direction() == null) {
            problems.add(new FieldProblem("direction", "validation.required"));
        }
        if (data.date() == null) {
            problems.add(new FieldProblem("date", "validation.required"));
        }
        if (data.occasion() == null) {
            problems.add(new FieldProblem("occasion", "validation.required"));
        }
        if (Text.isBlank(data.subject())) {
            problems.add(new FieldProblem("subject", "validation.required"));
        }
        return problems;
    }

    // ---- for the plug-ins of this module

    /** The letters exchanged with a partner that the current user may see, latest first. */
    @Transactional(readOnly = true)
    List<LetterData> ofPartner(Long partnerId) {
        UnitScope readable = access.readable();
        List<Letter> all = repository.findByPartner(partnerId).stream()
                .filter(l -> readable.contains(l.getUnitCode()))
                .toList();
        Refs refs = refs(all);
        return all.stream().map(l -> refs.data(l, LetterData.Shape.IDENTITY)).toList();
    }

    /** The letters sent in a period, beyond their count: how many partners they went to, and for what. */
    record Sent(int partners, Set<LetterOccasion> occasions) {}

    @Transactional(readOnly = true)
    Sent sent(UnitScope scope, LocalDate from, LocalDate to) {
        Specification<Letter> spec = Specification.<Letter>where(scope.specification(false))
                .and(RecordSpecs.equal("direction", LetterDirection.SENT))
                .and((root, q, cb) -> cb.between(root.get("date"), from, to));
        Set<Long> partnerIds = new HashSet<>();
        Set<LetterOccasion> occasions = EnumSet.noneOf(LetterOccasion.class);
        for (Letter l : repository.findAll(spec)) {
            partnerIds.addAll(l.getPartnerIds());
            occasions.add(l.getOccasion());
        }
        return new Sent(partnerIds.size(), occasions);
    }

    // ---- the dataset section's export (its import is LetterImport)

    @Transactional(readOnly = true)
    List<LetterData> exportAll(UnitScope scope) {
        List<Letter> all = repository.findAll(scope.<Letter>specification(false), Sort.by("ref"));
        Refs refs = refs(all);
        return all.stream().map(l -> refs.data(l, LetterData.Shape.EXPORT)).toList();
    }
}
