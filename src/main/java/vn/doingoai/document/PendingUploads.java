package vn.doingoai.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import vn.doingoai.common.InvalidInputException;

/**
 * Uploads that wait between two steps of a page, e.g. a dataset between its check and its import:
 * kept under {@code uploads/<area>/<token>} in the data directory, discarded after the second step,
 * and in any case once they are older than {@code doingoai.uploads.keep} (two hours by default;
 * checked at start and every hour).
 */
@Component
public class PendingUploads {

    private static final Logger log = LoggerFactory.getLogger(PendingUploads.class);

    private final Path root;
    private final Duration keep;

    PendingUploads(
            @Value("${doingoai.data-dir}") String dataDir, @Value("${doingoai.uploads.keep:PT2H}") Duration keep) {
        this.root = Path.of(dataDir, "uploads").toAbsolutePath().normalize();
        this.keep = keep;
    }

    /** Keeps an upload until its second step; answers its token. */
    public String keep(String area, MultipartFile file) {
        String token = UUID.randomUUID().toString();
        try {
            Path target = file(area, token);
            Files.createDirectories(target.getParent());
            file.transferTo(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return token;
    }

    /**
     * A new, empty temporary file under {@code area} (a backup being written or read); the caller
     * deletes it, and one left behind is discarded with the old uploads.
     */
    public Path newFile(String area) {
        try {
            Path dir = root.resolve(area.replaceAll("[^a-z0-9-]", ""));
            Files.createDirectories(dir);
            return Files.createFile(dir.resolve(UUID.randomUUID().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file of a waiting upload; a problem at {@code token} when there is none (unknown or too old). */
    public Path find(String area, String token) {
        Path file = token == null || !token.matches("[0-9a-f\\-]{36}") ? null : file(area, token);
        if (file == null || !Files.isRegularFile(file)) {
            throw new InvalidInputException("token", "upload.gone");
        }
        return file;
    }

    /** Forgets a waiting upload (after its second step, or when its first step found it unusable). */
    public void discard(String area, String token) {
        if (token != null && token.matches("[0-9a-f\\-]{36}")) {
            try {
                Files.deleteIfExists(file(area, token));
            } catch (IOException e) {
                log.warn("Could not delete the upload {}/{}: {}", area, token, e.getMessage());
            }
        }
    }

    /** Deletes the uploads older than the time they may wait: at start, then every hour. */
    @Scheduled(initialDelay = 0, fixedDelayString = "${doingoai.uploads.clean-every:PT1H}")
    public void discardOld() {
        if (!Files.isDirectory(root)) {
            return;
        }
        Instant limit = Instant.now().minus(keep);
        List<Path> old;
        try (Stream<Path> files = Files.walk(root)) {
            old = files.filter(Files::isRegularFile)
                    .filter(f -> modified(f).isBefore(limit))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            log.warn("Could not look for old uploads in {}: {}", root, e.getMessage());
            return;
        }
        for (Path file : old) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete the old upload {}: {}", file, e.getMessage());
            }
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.MAX;
        }
    }

    private Path file(String area, String token) {
        return root.resolve(area.replaceAll("[^a-z0-9-]", "")).resolve(token);
    }
}
