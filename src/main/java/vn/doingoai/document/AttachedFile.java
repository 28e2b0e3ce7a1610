package vn.doingoai.document;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.web.multipart.MultipartFile;
import vn.doingoai.common.InvalidInputException;
import vn.doingoai.common.NotFoundException;

/**
 * The one file a record keeps (an agreement's signed document, a letter's scan, a policy document's
 * signed file, a delegation's report, a news item's picture), the same way for every record type:
 * the right to change the record is checked first, and only then is the upload stored and named in
 * the record, so a refused request writes no file; reading it is a 404 when the record has none.
 *
 * <p>A book makes one from its {@link DocumentStore}, the area its files are kept under, how the
 * record names its file and the right to change it: {@code new AttachedFile<>(store, "letter",
 * Letter::getDocument, Letter::setDocument, this::checkChange)}.
 *
 * @param <E> the record
 */
public final class AttachedFile<E> {

    private final Function<E, StoredDocument> file;
    private final BiConsumer<E, StoredDocument> keep;
    private final Consumer<E> checkRight;
    private final Function<MultipartFile, StoredDocument> store;

    public AttachedFile(
            DocumentStore store,
            String area,
            Function<E, StoredDocument> file,
            BiConsumer<E, StoredDocument> keep,
            Consumer<E> checkRight) {
        this(store, (documents, upload) -> required(documents.store(area, upload)), file, keep, checkRight);
    }

    /** A file stored its own way ({@code store}: a picture checked to be an image, with its own problems). */
    public AttachedFile(
            DocumentStore store,
            BiFunction<DocumentStore, MultipartFile, StoredDocument> storing,
            Function<E, StoredDocument> file,
            BiConsumer<E, StoredDocument> keep,
            Consumer<E> checkRight) {
        this.store = upload -> storing.apply(store, upload);
        this.file = file;
        this.keep = keep;
        this.checkRight = checkRight;
    }

    /**
     * Keeps the upload as the record's file, replacing any earlier one: first the right to change the
     * record (403, nothing stored), then the file (400 at {@code file} when none was sent).
     */
    public void attach(E record, MultipartFile upload) {
        checkRight.accept(record);
        keep.accept(record, store.apply(upload));
    }

    /** The record's file (404 when it has none); the caller has checked the right to read the record. */
    public StoredDocument of(E record) {
        StoredDocument document = file.apply(record);
        if (document == null || document.path() == null) {
            throw new NotFoundException("File");
        }
        return document;
    }

    private static StoredDocument required(StoredDocument stored) {
        if (stored == null) {
            throw new InvalidInputException("file", "validation.required");
        }
        return stored;
    }
}
