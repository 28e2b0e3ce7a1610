package vn.doingoai.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploaded documents (a signed agreement, a delegation's report) kept safely in the data
 * directory: under a random name, never served from a public path, always downloaded as an
 * attachment after the record's own access check.
 */
@Component
public class DocumentStore {

    /** At most 50 MB a document. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    private final Path root;

    DocumentStore(@Value("${doingoai.data-dir}") String dataDir) {
        this.root = Path.of(dataDir, "documents").toAbsolutePath().normalize();
    }

    /** Keeps an upload under {@code area} (e.g. "agreement"); null when no file was sent. */
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
            Path target = root.resolve(relative).normalize();
            Files.createDirectories(target.getParent());
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
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
}
