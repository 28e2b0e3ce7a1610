package vn.doingoai.dataset;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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

/** {@code /api/v1/dataset}: import and export of the dataset document. */
@RestController
@RequestMapping("/api/v1/dataset")
class DatasetApiController {

    /** Documents up to 50 MB are accepted; larger ones get 413. */
    static final long MAX_BYTES = 50L * 1024 * 1024;

    private final DatasetService datasets;
    private final ObjectMapper json;

    DatasetApiController(DatasetService datasets, ObjectMapper json) {
        this.datasets = datasets;
        this.json = json;
    }

    @PostMapping(consumes = {MediaType.APPLICATION_JSON_VALUE, MediaType.ALL_VALUE})
    ImportResult importDocument(HttpServletRequest request, @RequestParam(defaultValue = "false") boolean dryRun)
            throws IOException {
        return datasets.importDocument(read(request.getContentLengthLong(), request.getInputStream(), json), dryRun);
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    java.util.Map<String, Object> export(@RequestParam(required = false) String unit) {
        return datasets.export(unit);
    }

    /** Reads a document of at most {@link #MAX_BYTES}, whether or not its length was announced. */
    static JsonNode read(long announcedLength, InputStream body, ObjectMapper json) throws IOException {
        if (announcedLength > MAX_BYTES) {
            throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, "The document is larger than 50 MB");
        }
        byte[] bytes = body.readNBytes((int) MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, "The document is larger than 50 MB");
        }
        try {
            return json.readTree(bytes);
        } catch (JacksonException e) {
            throw new InvalidInputException("body", "dataset.unreadable");
        }
    }
}
