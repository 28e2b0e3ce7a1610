package vn.doingoai.dataset;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.common.InvalidInputException;
import vn.doingoai.document.PendingUploads;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;

/**
 * The page for importing a document: upload, read the dry run, then import. The uploaded document
 * waits between the two steps in {@link PendingUploads}, which discards it after the import or
 * after a time limit.
 */
@Controller
@RequestMapping("/dataset")
class DatasetPageController {

    private static final String AREA = "dataset";

    private final DatasetService datasets;
    private final ObjectMapper json;
    private final Access access;
    private final Units units;
    private final PendingUploads uploads;

    DatasetPageController(
            DatasetService datasets, ObjectMapper json, Access access, Units units, PendingUploads uploads) {
        this.datasets = datasets;
        this.json = json;
        this.access = access;
        this.units = units;
        this.uploads = uploads;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("sections", datasets.sectionNames());
        model.addAttribute("myUnit", access.current().unitCode());
        return "dataset/page";
    }

    /** Keeps the upload (only for a user who may write records) and shows its dry run. */
    @PostMapping("/check")
    String check(@RequestParam("file") MultipartFile file, Model model, HttpServletRequest request) throws IOException {
        if (!access.canWriteAnything()) {
            throw new AccessDeniedException("Read only");
        }
        String token = uploads.keep(AREA, file);
        model.addAttribute("fileName", file.getOriginalFilename());
        return run(token, true, model, request);
    }

    @PostMapping("/import")
    String importIt(@RequestParam String token, Model model, HttpServletRequest request) throws IOException {
        return run(token, false, model, request);
    }

    /**
     * The dry run or the import of a kept upload. Only an upload whose dry run passed waits for its
     * import; it is discarded after the import, and at once when anything went wrong (the corrected
     * file is uploaded again).
     */
    private String run(String token, boolean dryRun, Model model, HttpServletRequest request) throws IOException {
        model.addAttribute("token", token);
        model.addAttribute("dryRun", dryRun);
        boolean waitForImport = false;
        try {
            Path path = uploads.find(AREA, token);
            try (var in = Files.newInputStream(path)) {
                JsonNode document = DatasetApiController.read(Files.size(path), in, json);
                model.addAttribute("result", datasets.importDocument(document, dryRun));
            }
            waitForImport = dryRun;
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
        } finally {
            if (!waitForImport) {
                uploads.discard(AREA, token);
            }
        }
        model.addAttribute("sections", datasets.sectionNames());
        model.addAttribute("myUnit", access.current().unitCode());
        return vn.doingoai.web.Htmx.view(request, "dataset/page", "outcome");
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String unit) {
        String code = unit == null || unit.isBlank() ? access.current().unitCode() : unit;
        byte[] body = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(datasets.export(code));
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"doingoai-" + units.require(code).getCode() + ".json\"")
                .contentType(MediaType.APPLICATION_JSON)
                .body(body);
    }
}
