package vn.doingoai.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.InvalidInputException;

/**
 * Imports a body in one of the other forms of the dataset document ({@link DocumentFormat}: a
 * workbook) by the rules of the JSON document: the form reads it into the document's JSON tree,
 * {@link DatasetService#importDocument} imports that, and every problem is named both by its path
 * and by its place in the body.
 */
@Service
public class DocumentImport {

    private final DatasetService datasets;
    private final List<DocumentFormat> formats;

    DocumentImport(DatasetService datasets, List<DocumentFormat> formats) {
        this.datasets = datasets;
        this.formats = formats;
    }

    /** The form that reads this body, or empty for the JSON document. */
    public Optional<DocumentFormat> formatOf(String contentType, String fileName, byte[] head) {
        return formats.stream()
                .filter(f -> f.reads(contentType, fileName, head))
                .findFirst();
    }

    /** The form that reads this file, or empty for the JSON document. */
    public Optional<DocumentFormat> formatOf(String contentType, String fileName, Path body) {
        try (InputStream in = Files.newInputStream(body)) {
            return formatOf(contentType, fileName, in.readNBytes(8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads and imports a body, all or nothing. When some of its values cannot be read, the rest is
     * checked all the same (a dry run), so that every problem is reported at once.
     */
    public ImportResult run(DocumentFormat format, Path body, boolean dryRun, ImportProgress progress) {
        DocumentFormat.Read read = format.read(body, progress);
        progress.readDone();
        if (!read.problems().isEmpty()) {
            List<FieldProblem> all = new ArrayList<>(read.problems());
            Set<String> unread = new HashSet<>();
            read.problems().forEach(p -> unread.add(p.field()));
            try {
                datasets.importDocument(read.document(), true, progress);
            } catch (InvalidInputException e) {
                e.problems().stream()
                        .filter(p -> !unread.contains(p.field()) && !holdsUnread(p.field(), unread))
                        .map(read.place())
                        .forEach(all::add);
            }
            throw new InvalidInputException(inOrder(all));
        }
        try {
            return datasets.importDocument(read.document(), dryRun, progress);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(
                    inOrder(e.problems().stream().map(read.place()).toList()));
        }
    }

    /** Whether a problem's path holds a value that could not be read (an amount missing its unread number). */
    private static boolean holdsUnread(String field, Set<String> unread) {
        return field != null && unread.stream().anyMatch(u -> u.startsWith(field + "."));
    }

    /** The problems by sheet (in the order they first come), row and column. */
    static List<FieldProblem> inOrder(List<FieldProblem> problems) {
        Map<String, Integer> sheets = new LinkedHashMap<>();
        problems.forEach(p -> sheets.putIfAbsent(String.valueOf(p.sheet()), sheets.size()));
        return problems.stream()
                .sorted(Comparator.<FieldProblem>comparingInt(p -> sheets.get(String.valueOf(p.sheet())))
                        .thenComparingInt(p -> p.row() == null ? 0 : p.row())
                        .thenComparingInt(
                                p -> p.column() == null ? 0 : p.column().length())
                        .thenComparing(p -> p.column() == null ? "" : p.column()))
                .toList();
    }
}
