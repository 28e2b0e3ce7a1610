package vn.doingoai.letter;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.RecordBook;
import vn.doingoai.common.RecordSpecs;
import vn.doingoai.common.Text;
import vn.doingoai.document.AttachedFile;
import vn.doingoai.document.DocumentStore;
import vn.doingoai.document.StoredDocument;
import vn.doingoai.partner.PartnerRef;
import vn.doingoai.partner.Partners;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;

/**
 * The keeping of official letters for this module's pages, API and dataset section: the record with
 * the partners it names, and its scanned file.
 */
@Service
@Transactional
class LetterBook extends RecordBook<Letter, LetterData, LetterFilter> {

    private final LetterRepository letters;
    private final Letters lookups;
    private final Partners partners;
    private final Units units;
    private final AttachedFile<Letter> file;

    LetterBook(
            LetterRepository letters,
            Letters lookups,
            Partners partners,
            Access access,
            Units units,
            DocumentStore documents) {
        super(letters, access, Letter::new);
        this.file =
                new AttachedFile<>(documents, "letter", Letter::getDocument, Letter::setDocument, this::checkChange);
        this.letters = letters;
        this.lookups = lookups;
        this.partners = partners;
        this.units = units;
    }

    @Override
    protected Specification<Letter> specification(LetterFilter filter) {
        Specification<Letter> spec = listed(filter.unit(), filter.q())
                .and(RecordSpecs.equal("direction", filter.direction()))
                .and(RecordSpecs.equal("occasion", filter.occasion()))
                .and(RecordSpecs.between("date", filter.from(), filter.to()));
        if (!Text.isBlank(filter.partner())) {
            Long partnerId =
                    partners.resolve(filter.partner()).map(PartnerRef::id).orElse(-1L);
            spec = spec.and((root, q, cb) -> cb.isMember(partnerId, root.get("partnerIds")));
        }
        return spec;
    }

    @Override
    protected List<LetterData> data(List<Letter> records) {
        Letters.Refs refs = lookups.refs(records);
        return records.stream()
                .map(l -> refs.data(l, LetterData.Shape.IDENTITY))
                .toList();
    }

    /** A letter with its partners, for its page. */
    @Transactional(readOnly = true)
    Letters.View view(Long id) {
        return row(id, lookups::views);
    }

    @Override
    protected void remember(Letter l) {
        Letters.Refs refs = lookups.refs(List.of(l));
        l.remember(refs.refs(l.getPartnerIds()), refs.names(l.getPartnerIds()));
    }

    @Override
    protected void write(Letter l, LetterData data) {
        List<FieldProblem> problems = validate(data);
        List<Long> partnerIds = partnerIds(data, problems);
        checkAll(l, data, problems);
        Letters.Refs refs = new Letters.Refs(partners.refs(partnerIds));
        l.remember(refs.refs(partnerIds), refs.names(partnerIds));
        l.apply(data, partnerIds);
    }

    /** The partners a letter names, each once; an unknown one is a problem at {@code partners[i]}. */
    List<Long> partnerIds(LetterData data, List<FieldProblem> problems) {
        return partners.resolveAll(data.partners(), "partners", problems).stream()
                .distinct()
                .toList();
    }

    /** The checks a letter must pass beyond its field constraints. */
    List<FieldProblem> validate(LetterData data) {
        List<FieldProblem> problems = new ArrayList<>();
        units.check(data.unit(), problems);
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

    // ---- the letter's file

    /** Attaches the letter's file (replacing any earlier one), after the right to write the letter. */
    LetterData attach(Long id, MultipartFile upload) {
        return change(id, l -> file.attach(l, upload));
    }

    /** The letter's file, after the access check of its letter. */
    @Transactional(readOnly = true)
    StoredDocument document(Long id) {
        return file.of(get(id));
    }

    // ---- the dataset section's export (its import is LetterImport)

    @Transactional(readOnly = true)
    List<LetterData> exportAll(UnitScope scope) {
        List<Letter> all = letters.findAll(scope.<Letter>specification(false), Sort.by("ref"));
        Letters.Refs refs = lookups.refs(all);
        return all.stream().map(l -> refs.data(l, LetterData.Shape.EXPORT)).toList();
    }
}
