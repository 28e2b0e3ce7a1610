package vn.doingoai.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;

/**
 * The page for importing a document: upload, read the dry run, then import. The uploaded document
 * waits in the data directory between the two steps.
 */
@Controller
@RequestMapping("/dataset")
class DatasetPageController {

    private final DatasetService datasets;
    private final ObjectMapper json;
    private final Access access;
    private final Units units;
    private final Path uploads;

    DatasetPageController(
            DatasetService datasets,
            ObjectMapper json,
            Access access,
            Units units,
            @Value("${doingoai.data-dir}") String dataDir) {
        this.datasets = datasets;
        this.json = json;
        this.access = access;
        this.units = units;
        this.uploads = Path.of(dataDir, "uploads", "dataset");
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("sections", datasets.sectionNames());
        model.addAttribute("myUnit", access.current().unitCode());
        return "dataset/page";
    }

    @PostMapping("/check")
    String check(@RequestParam("file") MultipartFile file, Model model, jakarta.servlet.http.HttpServletRequest request)
            throws IOException {
        Files.createDirectories(uploads);
        String token = UUID.randomUUID().toString();
        file.transferTo(uploads.resolve(token + ".json"));
        model.addAttribute("fileName", file.getOriginalFilename());
        return run(token, true, model, request);
    }

    @PostMapping("/import")
    String importIt(@RequestParam String token, Model model, jakarta.servlet.http.HttpServletRequest request)
            throws IOException {
        return run(token, false, model, request);
    }

    private String run(String token, boolean dryRun, Model model, jakarta.servlet.http.HttpServletRequest request)
            throws IOException {
        if (!token.matches("[0-9a-f\\-]{36}")) {
            throw new InvalidInputException("token", "dataset.unreadable");
        }
        Path path = uploads.resolve(token + ".json");
        model.addAttribute("token", token);
        model.addAttribute("dryRun", dryRun);
        try (var in = Files.newInputStream(path)) {
            JsonNode document = DatasetApiController.read(Files.size(path), in, json);
            model.addAttribute("result", datasets.importDocument(document, dryRun));
            if (!dryRun) {
                Files.deleteIfExists(path);
            }
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
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
