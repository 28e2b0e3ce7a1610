package vn.doingoai.dataset;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.common.InvalidInputException;
import vn.doingoai.common.NotFoundException;
import vn.doingoai.document.PendingUploads;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;

/**
 * The page for importing a document: upload, read the dry run, then import. The uploaded document
 * waits between the two steps in {@link PendingUploads}, which discards it after the import or
 * after a time limit. A workbook ({@link DocumentFormat}) is checked and imported in the background
 * ({@link ImportJobs}) while the page shows how far it has come; when it is refused, the page lists
 * the problems by cell and offers the workbook back with them marked.
 */
@Controller
@RequestMapping("/dataset")
class DatasetPageController {

    private static final String AREA = "dataset";

    private final DatasetService datasets;
    private final DocumentImport documents;
    private final ImportJobs jobs;
    private final ObjectMapper json;
    private final Access access;
    private final Units units;
    private final PendingUploads uploads;

    DatasetPageController(
            DatasetService datasets,
            DocumentImport documents,
            ImportJobs jobs,
            ObjectMapper json,
            Access access,
            Units units,
            PendingUploads uploads) {
        this.datasets = datasets;
        this.documents = documents;
        this.jobs = jobs;
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
        Optional<DocumentFormat> format =
                documents.formatOf(file.getContentType(), file.getOriginalFilename(), uploads.find(AREA, token));
        if (format.isPresent()) {
            return start(format.get(), token, file.getOriginalFilename(), true, model, request);
        }
        return run(token, true, model, request);
    }

    @PostMapping("/import")
    String importIt(
            @RequestParam String token,
            @RequestParam(required = false) String fileName,
            Model model,
            HttpServletRequest request)
            throws IOException {
        Optional<DocumentFormat> format = Optional.empty();
        try {
            format = documents.formatOf(null, null, uploads.find(AREA, token));
        } catch (InvalidInputException gone) {
            // the JSON path below says that the upload is gone
        }
        if (format.isPresent()) {
            return start(format.get(), token, fileName, false, model, request);
        }
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
        return outcome(model, request);
    }

    /**
     * Starts the dry run or the import of a kept upload in another form in the background, and shows
     * its progress. The upload waits for its import after a passed dry run, and for the download of
     * its marked copy after problems at its cells; it is discarded after its import, and at once
     * when it could not be read at all.
     */
    private String start(
            DocumentFormat format,
            String token,
            String fileName,
            boolean dryRun,
            Model model,
            HttpServletRequest request) {
        String user = access.current().username();
        ImportJobs.Job job = jobs.start(user, token, fileName, dryRun, progress -> {
            try {
                ImportResult result = documents.run(format, uploads.find(AREA, token), dryRun, progress);
                if (!dryRun) {
                    uploads.discard(AREA, token);
                }
                return result;
            } catch (InvalidInputException e) {
                if (e.problems().stream().allMatch(p -> p.row() == null)) {
                    uploads.discard(AREA, token);
                }
                throw e;
            }
        });
        return show(job, model, request);
    }

    /** How far a background import has come, or its outcome (polled by the page). */
    @GetMapping("/jobs/{id}")
    String job(@PathVariable String id, Model model, HttpServletRequest request) {
        ImportJobs.Job job = jobs.find(id, access.current().username()).orElseThrow(() -> new NotFoundException(id));
        return show(job, model, request);
    }

    private String show(ImportJobs.Job running, Model model, HttpServletRequest request) {
        ImportJobs.View job = running.view();
        model.addAttribute("job", job);
        if (job.done()) {
            model.addAttribute("token", job.token());
            model.addAttribute("dryRun", job.dryRun());
            model.addAttribute("result", job.result());
            if (job.problems().stream().anyMatch(p -> p.row() != null)) {
                model.addAttribute("cellProblems", job.problems());
            } else if (!job.problems().isEmpty()) {
                model.addAttribute("problems", job.problems());
            }
        }
        return outcome(model, request);
    }

    /** The refused upload of a background import with its problems marked, to correct it. */
    @GetMapping("/jobs/{id}/marked")
    ResponseEntity<byte[]> marked(@PathVariable String id) {
        ImportJobs.Job job = jobs.find(id, access.current().username())
                .filter(j -> j.done() && !j.problems().isEmpty())
                .orElseThrow(() -> new NotFoundException(id));
        Path file = uploads.find(AREA, job.token());
        DocumentFormat format =
                documents.formatOf(null, job.fileName(), file).orElseThrow(() -> new NotFoundException(id));
        String name = job.fileName() == null || job.fileName().isBlank()
                ? "du-lieu"
                : job.fileName().replaceAll("(?i)\\." + format.extension() + "$", "");
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment()
                                .filename(name + "-loi." + format.extension(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(MediaType.parseMediaType(format.mediaType()))
                .body(format.mark(file, job.problems()));
    }

    private String outcome(Model model, HttpServletRequest request) {
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
