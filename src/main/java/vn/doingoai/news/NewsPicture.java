package vn.doingoai.news;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.springframework.web.multipart.MultipartFile;
import vn.doingoai.common.InvalidInputException;
import vn.doingoai.document.DocumentStore;
import vn.doingoai.document.StoredDocument;

/**
 * A news item's picture: a PNG, JPEG, GIF or WebP image of at most 5 MB, recognised by its first
 * bytes (never by the name or the type the browser claims: an SVG or an HTML page is refused), kept
 * by the {@link DocumentStore} and served with the type found.
 */
final class NewsPicture {

    static final long MAX_BYTES = 5L * 1024 * 1024;

    private NewsPicture() {}

    /** Keeps an uploaded picture after checking it is one; the caller has checked the right to write. */
    static StoredDocument store(DocumentStore documents, MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("picture", "validation.required");
        }
        if (file.getSize() > MAX_BYTES) {
            throw new InvalidInputException("picture", "news.picture.tooLarge");
        }
        String type;
        try (InputStream in = file.getInputStream()) {
            type = typeOf(in.readNBytes(16));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (type == null) {
            throw new InvalidInputException("picture", "news.picture.notImage");
        }
        StoredDocument stored = documents.store("news", file);
        return new StoredDocument(stored.path(), stored.fileName(), type, stored.size());
    }

    /** The image type of a file's first bytes, or null when they are not an image's. */
    static String typeOf(byte[] head) {
        if (starts(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (starts(head, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(head, 'G', 'I', 'F', '8')) {
            return "image/gif";
        }
        if (starts(head, 'R', 'I', 'F', 'F')
                && head.length >= 12
                && Arrays.equals(Arrays.copyOfRange(head, 8, 12), "WEBP".getBytes())) {
            return "image/webp";
        }
        return null;
    }

    private static boolean starts(byte[] head, int... prefix) {
        if (head.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((head[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
