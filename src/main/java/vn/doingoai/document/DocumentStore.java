package vn.doingoai.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import vn.doingoai.common.InvalidInputException;
import vn.doingoai.common.NotFoundException;

/**
 * Uploaded documents (a signed agreement, a delegation's report) kept safely in the data
 * directory: under a random name, never served from a public path, always downloaded as an
 * attachment after the record's own access check.
 *
 * <p>A document is written once and never overwritten or deleted: it is copied to a hidden
 * {@code .part} file and then moved into place in one step, before the record that names it is
 * committed. A record therefore only ever names a whole file that exists, which is what lets a
 * backup read the records in one snapshot and the files after it.
 */
@Component
public class DocumentStore {

    /** At most 50 MB a document. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    /** A kept document's path: its area, then its random name ({@code agreement/0b4e…}). */
    private static final Pattern PATH = Pattern.compile("[a-z0-9-]{1,40}/[A-Za-z0-9-]{1,80}");

    private static final String PART = ".part";

    private final Path root;

    DocumentStore(@Value("${doingoai.data-dir}") String dataDir) {
        this.root = Path.of(dataDir, "documents").toAbsolutePath().normalize();
    }

    /**
     * Keeps an upload under {@code area} (e.g. "agreement"); null when no file was sent. Callers
     * check the right to write the record first: nothing is written for a refused request.
     */
    public StoredDocument store(String area, MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        if (file.getSize() > MAX_BYTES) {
            throw new InvalidInputException("document", "problem.tooLarge");
        }
        String name = file.getOriginalFilename() == null
                ? "document"
                : Path.of(file.getOriginalFilename()).getFileName().toString();
        String relative = area.replaceAll("[^a-z0-9-]", "") + "/" + UUID.randomUUID();
        try (InputStream in = file.getInputStream()) {
            put(relative, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String type = file.getContentType() == null ? MediaType.APPLICATION_OCTET_STREAM_VALUE : file.getContentType();
        return new StoredDocument(relative, name, type, file.getSize());
    }

    /** The download of a kept document, as an attachment; 404 when it is gone. */
    public ResponseEntity<FileSystemResource> download(StoredDocument document) {
        if (document == null || document.path() == null) {
            throw new NotFoundException("Document");
        }
        Path file = root.resolve(document.path()).normalize();
        if (!file.startsWith(root) || !Files.exists(file)) {
            throw new NotFoundException("Document");
        }
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(document.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(new FileSystemResource(file));
    }

    /** Every kept document's path ({@code agreement/0b4e…}), sorted; uploads still being written are left out. */
    public List<String> paths() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .filter(DocumentStore::isValidPath)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The content of a kept document (for a backup). */
    public InputStream open(String path) throws IOException {
        return Files.newInputStream(file(path));
    }

    /** Whether {@code path} is the path of a kept document and nothing else (a restore checks every one). */
    public static boolean isValidPath(String path) {
        return path != null && PATH.matcher(path).matches();
    }

    /**
     * Keeps a document under its given path (a restore, or a new upload): written to a hidden file
     * first, then moved into place, so that the path names a whole file or nothing.
     */
    public void put(String path, InputStream content) throws IOException {
        Path target = file(path);
        Files.createDirectories(target.getParent());
        Path part = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + PART);
        try {
            Files.copy(content, part);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** Removes a document written by a restore that did not complete. */
    public void remove(String path) throws IOException {
        Files.deleteIfExists(file(path));
    }

    private Path file(String path) {
        if (!isValidPath(path)) {
            throw new IllegalArgumentException("Not a document path: " + path);
        }
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException("Not a document path: " + path);
        }
        return file;
    }
}
