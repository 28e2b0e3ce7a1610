package vn.doingoai.dataset;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.InvalidInputException;
import vn.doingoai.common.JsonPaths;
import vn.doingoai.config.BulkWrites;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;

/** Imports and exports dataset documents through the sections the record modules provide. */
@Service
public class DatasetService {

    public static final String FORMAT = "doingoai-dataset/1";

    private final List<DatasetSection<?>> sections;
    private final ObjectMapper json;
    private final Validator validator;
    private final TransactionTemplate transactions;
    private final Access access;
    private final Units units;
    private final EntityManager entityManager;
    private final vn.doingoai.history.HistoryRecorder history;
    private final BulkWrites bulkWrites;

    DatasetService(
            List<DatasetSection<?>> sections,
            ObjectMapper json,
            Validator validator,
            PlatformTransactionManager transactionManager,
            Access access,
            Units units,
            EntityManager entityManager,
            vn.doingoai.history.HistoryRecorder history,
            BulkWrites bulkWrites) {
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(DatasetSection::order))
                .toList();
        this.json = json;
        this.validator = validator;
        this.transactions = new TransactionTemplate(transactionManager);
        this.access = access;
        this.units = units;
        this.entityManager = entityManager;
        this.history = history;
        this.bulkWrites = bulkWrites;
    }

    public List<String> sectionNames() {
        return sections.stream().map(DatasetSection::name).toList();
    }

    /** The sections of the document, in their order (referenced types first). */
    public List<DatasetSection<?>> sections() {
        return sections;
    }

    /**
     * Imports a document all-or-nothing. Every problem is reported with its path; with {@code
     * dryRun} everything is checked, and then rolled back.
     */
    public ImportResult importDocument(JsonNode document, boolean dryRun) {
        return importDocument(document, dryRun, new ImportProgress());
    }

    /** {@link #importDocument(JsonNode, boolean)}, counting the items checked and written in {@code progress}. */
    public ImportResult importDocument(JsonNode document, boolean dryRun, ImportProgress progress) {
        if (document == null || !document.isObject()) {
            throw new InvalidInputException("format", "dataset.notAnObject");
        }
        JsonNode format = document.get("format");
        if (format == null || !FORMAT.equals(format.asString())) {
            throw new InvalidInputException("format", "dataset.format.unknown");
        }
        List<String> known = sectionNames();
        List<FieldProblem> unknown = new ArrayList<>();
        for (String field : document.propertyNames()) {
            if (!field.equals("format") && !known.contains(field)) {
                unknown.add(new FieldProblem(field, "dataset.section.unknown"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown);
        }
        return transactions.execute(status -> history.batched(() -> {
            // Lookups during an import must not flush the whole growing session each time: flush
            // once per section instead, and start the next section with an empty session.
            entityManager.setFlushMode(FlushModeType.COMMIT);
            bulkWrites.begin();
            Context context = new Context(progress);
            progress.expectItems(sections.stream()
                    .map(s -> document.get(s.name()))
                    .filter(items -> items != null && items.isArray())
                    .mapToLong(JsonNode::size)
                    .sum());
            for (DatasetSection<?> section : sections) {
                JsonNode items = document.get(section.name());
                if (items == null || items.isNull()) {
                    continue;
                }
                context.section = section.name();
                if (!items.isArray()) {
                    context.problems.add(new FieldProblem(section.name(), "dataset.section.notAnArray"));
                    continue;
                }
                long writtenBefore = progress.recordsWritten();
                importSection(section, items, context);
                if (context.problems.isEmpty()) {
                    progress.writtenAtLeast(writtenBefore + items.size());
                    entityManager.flush();
                    entityManager.clear();
                    history.writeBatch();
                }
            }
            if (!context.problems.isEmpty()) {
                status.setRollbackOnly();
                throw new InvalidInputException(context.problems);
            }
            if (dryRun) {
                status.setRollbackOnly();
            }
            return new ImportResult(context.created, context.updated, dryRun);
        }));
    }

    private <T> void importSection(DatasetSection<T> section, JsonNode items, Context context) {
        List<T> parsed = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < items.size(); i++) {
            String prefix = section.name() + "[" + i + "]";
            try {
                T item = json.treeToValue(items.get(i), section.itemType());
                for (ConstraintViolation<T> violation : validator.validate(item)) {
                    context.problems.add(
                            new FieldProblem(prefix + "." + violation.getPropertyPath(), violation.getMessage()));
                    ok = false;
                }
                parsed.add(item);
                context.progress.checked();
            } catch (JacksonException e) {
                String path = JsonPaths.of(e);
                context.problems.add(
                        new FieldProblem(path.isEmpty() ? prefix : prefix + "." + path, "dataset.item.unreadable"));
                ok = false;
            }
        }
        if (ok) {
            section.importItems(parsed, context);
        }
    }

    /** Every record of a unit's scope, in the document's shape. */
    public Map<String, Object> export(String unitCode) {
        UnitScope scope = access.scope(unitCode, true);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("format", FORMAT);
        transactions.executeWithoutResult(status -> {
            for (DatasetSection<?> section : sections) {
                document.put(section.name(), section.export(scope));
            }
        });
        return document;
    }

    private final class Context implements ImportContext {
        private final ImportProgress progress;
        private final List<FieldProblem> problems = new ArrayList<>();
        private final Map<String, Boolean> writable = new LinkedHashMap<>();
        private final Map<String, Boolean> approvable = new LinkedHashMap<>();
        private final Map<String, Boolean> known = new LinkedHashMap<>();
        private String section;
        private String user;
        private Boolean writesAnything;
        private int created;
        private int updated;

        Context(ImportProgress progress) {
            this.progress = progress;
        }

        @Override
        public void recordWritten() {
            progress.written();
        }

        @Override
        public void problem(int index, String field, String message) {
            problems.add(new FieldProblem(
                    section + "[" + index + "]" + (field == null || field.isEmpty() ? "" : "." + field), message));
        }

        @Override
        public boolean hasProblems() {
            return !problems.isEmpty();
        }

        @Override
        public void created() {
            created++;
        }

        @Override
        public void updated() {
            updated++;
        }

        @Override
        public boolean checkUnit(int index, String field, String unitCode) {
            if (unitCode == null || unitCode.isBlank()) {
                problem(index, field, "validation.required");
                return false;
            }
            Boolean ok = known.computeIfAbsent(unitCode, units::exists) ? mayWrite(unitCode) : null;
            if (ok == null) {
                problem(index, field, "validation.unit.unknown");
                return false;
            }
            if (!ok) {
                problem(index, field, "validation.unit.forbidden");
                return false;
            }
            return true;
        }

        @Override
        public boolean mayWrite(String unitCode) {
            return writable.computeIfAbsent(unitCode, access::canWrite);
        }

        @Override
        public boolean mayWriteAnything() {
            if (writesAnything == null) {
                writesAnything = access.canWriteAnything();
            }
            return writesAnything;
        }

        @Override
        public boolean mayApprove(String unitCode) {
            return unitCode != null && approvable.computeIfAbsent(unitCode, access::canApprove);
        }

        @Override
        public String user() {
            if (user == null) {
                user = access.current().username();
            }
            return user;
        }
    }
}
