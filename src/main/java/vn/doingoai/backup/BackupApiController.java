package vn.doingoai.backup;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/backup} answers the whole installation as a zip; {@code POST /api/v1/backup}
 * with such a zip as the body restores it into an installation without records. For the admins of
 * the whole country.
 */
@RestController
@RequestMapping("/api/v1/backup")
class BackupApiController {

    static final String ZIP = "application/zip";

    private final Backups backups;

    BackupApiController(Backups backups) {
        this.backups = backups;
    }

    @GetMapping
    void download(HttpServletResponse response) throws IOException {
        send(backups.write(), response);
    }

    @PostMapping
    Backups.Restored restore(HttpServletRequest request) throws IOException {
        return backups.restore(request.getInputStream());
    }

    /** Sends a written backup as an attachment named after its time, then deletes the file. */
    static void send(Path file, HttpServletResponse response) throws IOException {
        try {
            String name = "doingoai-backup-"
                    + LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh"))
                            .format(DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm"))
                    + ".zip";
            response.setContentType(ZIP);
            response.setHeader(
                    HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(name).build().toString());
            response.setContentLengthLong(Files.size(file));
            Files.copy(file, response.getOutputStream());
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
