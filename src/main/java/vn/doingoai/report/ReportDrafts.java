package vn.doingoai.report;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.InvalidInputException;
import vn.doingoai.common.NotFoundException;
import vn.doingoai.common.StaleVersionException;
import vn.doingoai.document.DocumentStore;
import vn.doingoai.document.StoredDocument;
import vn.doingoai.period.Period;
import vn.doingoai.user.Access;

/**
 * The drafts of the periodic report: made from the generated texts, edited, sent, approved
 * ({@link ReportDraftWorkflow}) and then frozen with their number, texts, figures and files. The
 * figures are computed before a write's transaction opens (their sources run on workers of their
 * own), so that no transaction waits on them.
 */
@Service
class ReportDrafts {

    private final ReportDraftRepository repository;
    private final ReportDocuments documents;
    private final ReportDraftWorkflow workflow;
    private final ReportNumbers numbers;
    private final FrozenFigures frozen;
    private final DocumentStore store;
    private final SummaryService summaries;
    private final Access access;
    private final TransactionTemplate tx;
    private final Validator validator;

    ReportDrafts(
            ReportDraftRepository repository,
            ReportDocuments documents,
            ReportDraftWorkflow workflow,
            ReportNumbers numbers,
            FrozenFigures frozen,
            DocumentStore store,
            SummaryService summaries,
            Access access,
            PlatformTransactionManager transactions,
            Validator validator) {
        this.repository = repository;
        this.documents = documents;
        this.workflow = workflow;
        this.numbers = numbers;
        this.frozen = frozen;
        this.store = store;
        this.summaries = summaries;
        this.access = access;
        this.tx = new TransactionTemplate(transactions);
        this.validator = validator;
    }

    /** The drafts and approved reports of a unit and the units under it, newest first. */
    List<ReportDraft> list(String unitCode) {
        var scope = access.scope(unitCode, true);
        return repository.findAll(
                scope.<ReportDraft>specification(false), Sort.by(Sort.Direction.DESC, "updatedAt", "id"));
    }

    ReportDraft find(long id) {
        ReportDraft draft = repository.findById(id).orElseThrow(() -> new NotFoundException("Report draft " + id));
        access.checkRead(draft.getUnitCode());
        return draft;
    }

    ReportDraft create(ReportDraftData data) {
        validate(data);
        SummaryService.Request request =
                summaries.check(data.unit(), text(data.from()), text(data.to()), data.includeMerged());
        access.checkWrite(request.unit().getCode());
        Locale locale = ReportDocuments.language(data.language());
        ReportDocuments.Report report = documents.report(request, locale);
        Map<String, String> texts = new LinkedHashMap<>(documents.texts(report));
        texts.putAll(checked(data.texts()));
        ReportDraft draft = new ReportDraft(
                request.unit().getCode(),
                request.period().from(),
                request.period().to(),
                request.includeMerged(),
                locale.getLanguage());
        draft.write(data.issue());
        draft.writeTexts(texts);
        return tx.execute(s -> repository.save(draft));
    }

    /** Replaces a draft's texts (those given) and issue; only a draft is edited (400 otherwise). */
    ReportDraft update(long id, ReportDraftData data) {
        validate(data);
        Map<String, String> given = checked(data.texts());
        return tx.execute(s -> {
            ReportDraft draft = find(id);
            access.checkWrite(draft.getUnitCode());
            StaleVersionException.check(draft, data.version());
            editable(draft);
            Map<String, String> texts = new LinkedHashMap<>(draft.getTexts());
            texts.putAll(given);
            draft.writeTexts(texts);
            draft.write(data.issue());
            return repository.save(draft);
        });
    }

    ReportDraft submit(long id, Long version) {
        return tx.execute(s -> {
            ReportDraft draft = find(id);
            StaleVersionException.checkIfSent(draft, version);
            workflow.submit(draft);
            return repository.save(draft);
        });
    }

    ReportDraft giveBack(long id, Long version) {
        return tx.execute(s -> {
            ReportDraft draft = find(id);
            StaleVersionException.checkIfSent(draft, version);
            workflow.giveBack(draft);
            return repository.save(draft);
        });
    }

    void delete(long id, Long version) {
        tx.executeWithoutResult(s -> {
            ReportDraft draft = find(id);
            access.checkWrite(draft.getUnitCode());
            StaleVersionException.checkIfSent(draft, version);
            editable(draft);
            repository.delete(draft);
        });
    }

    /**
     * Approves a sent draft: gives it the unit's next number of the year of issue, and freezes it as
     * signed: its texts and issue, the figures of this moment, its Word and PDF files.
     */
    ReportDraft approve(long id, Long version) {
        ReportDraft read = find(id);
        StaleVersionException.checkIfSent(read, version);
        workflow.checkApprove(read);
        ReportDocuments.Report report = report(read);
        ReportBody body = documents.body(report, read.getTexts(), false);
        Map<String, String> signedTexts = new LinkedHashMap<>();
        body.chapters().forEach(c -> signedTexts.put(c.key(), c.text()));
        String figures = frozen.freeze(report.summary());
        LocalDate today = LocalDate.now();
        LocalDate day = read.issue().issuedOn() == null ? today : read.issue().issuedOn();
        ReportIssue chosen = read.issue().orElse(documents.defaults(report, day));
        String numberUnit = documents.issuingUnit(report, day);
        return numbers.serially(
                numberUnit,
                day.getYear(),
                () -> tx.execute(s -> {
                    ReportDraft draft = find(id);
                    StaleVersionException.check(draft, read.getVersion());
                    workflow.checkApprove(draft);
                    ReportIssue signed = chosen.numbered(numbers.next(numberUnit, day.getYear()), day);
                    DocumentModel model = documents.model(report, body, signed);
                    String name = ReportDocuments.name(report.summary()) + "-so-" + signed.number();
                    StoredDocument word = keep(WordDocument.write(model), name + ".docx", ReportDocuments.DOCX);
                    StoredDocument pdf = keep(PdfDocument.write(model), name + ".pdf", MediaType.APPLICATION_PDF);
                    draft.freeze(numberUnit, day.getYear(), signed, signedTexts, figures, word, pdf);
                    workflow.approve(draft, signed.number() + "/" + signed.symbol(), today);
                    return repository.save(draft);
                }));
    }

    /** The report of a draft's unit and period, in its language. */
    ReportDocuments.Report report(ReportDraft draft) {
        SummaryService.Request request = new SummaryService.Request(
                documents.unit(draft.getUnitCode()),
                Period.of(draft.getPeriodFrom(), draft.getPeriodTo()),
                draft.isIncludeMerged());
        return documents.report(request, ReportDocuments.language(draft.getLanguage()));
    }

    /** The document of a draft as it would be issued now; of an approved report, the one signed. */
    DocumentModel model(ReportDraft draft, ReportDocuments.Report report) {
        boolean approved = draft.getStatus() == ReportDraftStatus.APPROVED;
        return documents.model(report, draft.getTexts(), approved, draft.issue());
    }

    /** The Word or PDF file: the one made at approval, byte for byte, or a draft's as it is now. */
    ResponseEntity<byte[]> file(long id, String format) {
        ReportDraft draft = find(id);
        boolean pdf = "pdf".equals(format);
        MediaType type = pdf ? MediaType.APPLICATION_PDF : ReportDocuments.DOCX;
        if (draft.getStatus() == ReportDraftStatus.APPROVED) {
            StoredDocument kept = pdf ? draft.getPdf() : draft.getDocx();
            if (kept == null || kept.path() == null) {
                throw new NotFoundException("Report file");
            }
            try (InputStream in = store.open(kept.path())) {
                return ReportDocuments.file(in.readAllBytes(), type, kept.fileName());
            } catch (IOException e) {
                throw new NotFoundException("Report file");
            }
        }
        ReportDocuments.Report report = report(draft);
        DocumentModel model = model(draft, report);
        String name = ReportDocuments.name(report.summary()) + "-du-thao";
        return pdf ? ReportDocuments.pdf(model, name) : ReportDocuments.docx(model, name);
    }

    private StoredDocument keep(byte[] bytes, String name, MediaType type) {
        String path = "report/" + UUID.randomUUID();
        try {
            store.put(path, new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new StoredDocument(path, name, type.toString(), (long) bytes.length);
    }

    private static void editable(ReportDraft draft) {
        if (draft.getStatus() != ReportDraftStatus.DRAFT) {
            throw new InvalidInputException("status", "report.draft.notEditable");
        }
    }

    /** The texts given, each of a section that exists (400 at {@code texts.KEY} otherwise). */
    private Map<String, String> checked(Map<String, String> texts) {
        Map<String, String> out = new LinkedHashMap<>();
        if (texts == null) {
            return out;
        }
        List<FieldProblem> problems = new ArrayList<>();
        texts.forEach((key, text) -> {
            if (!documents.isSection(key)) {
                problems.add(new FieldProblem("texts." + key, "report.draft.unknownSection"));
            } else {
                out.put(key, text == null ? "" : text.strip());
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return out;
    }

    /** The data's own rules (the API checks them too, with {@code @Valid}; the pages send them here). */
    private void validate(ReportDraftData data) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ConstraintViolation<ReportDraftData> v : validator.validate(data)) {
            problems.add(
                    new FieldProblem(v.getPropertyPath().toString().replaceAll("\\.?<[^>]+>", ""), v.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
