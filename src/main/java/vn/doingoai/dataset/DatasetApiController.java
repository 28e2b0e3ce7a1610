package vn.doingoai.dataset;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.common.InvalidInputException;
import vn.doingoai.document.PendingUploads;
import vn.doingoai.user.Access;

/**
 * {@code /api/v1/dataset}: import and export of the dataset document. The import takes the JSON
 * document or another form of it ({@link DocumentFormat}: an Excel workbook, recognised by its
 * declared type or by its first bytes).
 */
@RestController
@RequestMapping("/api/v1/dataset")
class DatasetApiController {

    /** Documents up to 50 MB are accepted; larger ones get 413. */
    static final long MAX_BYTES = 50L * 1024 * 1024;

    private final DatasetService datasets;
    private final DocumentImport documents;
    private final PendingUploads uploads;
    private final ObjectMapper json;
    private final Access access;

    DatasetApiController(
            DatasetService datasets,
            DocumentImport documents,
            PendingUploads uploads,
            ObjectMapper json,
            Access access) {
        this.access = access;
        this.datasets = datasets;
        this.documents = documents;
        this.uploads = uploads;
        this.json = json;
    }

    @PostMapping(consumes = {MediaType.APPLICATION_JSON_VALUE, MediaType.ALL_VALUE})
    ImportResult importDocument(HttpServletRequest request, @RequestParam(defaultValue = "false") boolean dryRun)
            throws IOException {
        byte[] body = readBytes(request.getContentLengthLong(), request.getInputStream());
        Optional<DocumentFormat> format =
                documents.formatOf(request.getContentType(), null, Arrays.copyOf(body, Math.min(body.length, 8)));
        if (format.isEmpty()) {
            return datasets.importDocument(parse(body, json), dryRun);
        }
        if (!access.canWriteAnything()) {
            throw new AccessDeniedException("Read only"); // before the body is written to a file
        }
        Path file = uploads.newFile("dataset");
        try {
            Files.write(file, body);
            return documents.run(format.get(), file, dryRun, new ImportProgress());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    java.util.Map<String, Object> export(@RequestParam(required = false) String unit) {
        return datasets.export(unit);
    }

    /** Reads a document of at most {@link #MAX_BYTES}, whether or not its length was announced. */
    static JsonNode read(long announcedLength, InputStream body, ObjectMapper json) throws IOException {
        return parse(readBytes(announcedLength, body), json);
    }

    private static byte[] readBytes(long announcedLength, InputStream body) throws IOException {
        if (announcedLength > MAX_BYTES) {
            throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, "The document is larger than 50 MB");
        }
        byte[] bytes = body.readNBytes((int) MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, "The document is larger than 50 MB");
        }
        return bytes;
    }

    private static JsonNode parse(byte[] bytes, ObjectMapper json) {
        try {
            return json.readTree(bytes);
        } catch (JacksonException e) {
            throw new InvalidInputException("body", "dataset.unreadable");
        }
    }
}
