package vn.doingoai.backup;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.doingoai.common.InvalidInputException;
import vn.doingoai.web.Htmx;

/**
 * The admins' page of backups: download one (the API's {@code GET /api/v1/backup}, which a signed-in
 * page may read), and restore one. The page sends the chosen zip as the request body ({@code
 * static/js/app.js}, so that no multipart limit applies); without JavaScript the form sends it as
 * a multipart upload.
 */
@Controller
@RequestMapping("/backup")
class BackupPageController {

    private final Backups backups;

    BackupPageController(Backups backups) {
        this.backups = backups;
    }

    @GetMapping
    String page() {
        backups.checkNationalAdmin();
        return "backup/page";
    }

    @PostMapping(
            path = "/restore",
            consumes = {BackupApiController.ZIP, "application/x-zip-compressed", "application/octet-stream"})
    String restoreBody(HttpServletRequest request, Model model) throws IOException {
        return restore(request.getInputStream(), model, request);
    }

    @PostMapping(path = "/restore", consumes = "multipart/form-data")
    String restoreForm(@RequestParam("file") MultipartFile file, Model model, HttpServletRequest request)
            throws IOException {
        backups.checkNationalAdmin();
        return restore(file.getInputStream(), model, request);
    }

    private String restore(InputStream body, Model model, HttpServletRequest request) throws IOException {
        try {
            model.addAttribute("restored", backups.restore(body));
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
        } catch (BackupProblem e) {
            model.addAttribute("refused", e.detail());
        }
        return Htmx.view(request, "backup/page", "outcome");
    }
}
