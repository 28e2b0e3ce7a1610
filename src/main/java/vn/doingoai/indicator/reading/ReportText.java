package vn.doingoai.indicator.reading;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.http.MediaType;
import vn.doingoai.common.InvalidInputException;

/**
 * A report's body as text: UTF-8 text (or UTF-16 with its byte order mark), or the paragraphs of a
 * Word {@code .docx} (a table's row as one line, its cells separated by {@code |}). What it is is
 * read from the bytes, not from the declared type. Anything else, and anything too large, is a
 * problem at {@code body}: at most {@link #MAX_BYTES} sent, {@link #MAX_UNPACKED} unpacked from a
 * .docx (a zip bomb stops there, before Apache POI sees it) and {@link #MAX_CHARS} of text.
 */
final class ReportText {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final long MAX_UNPACKED = 40L * 1024 * 1024;
    static final int MAX_CHARS = 500_000;
    private static final int MAX_ENTRIES = 5_000;

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private ReportText() {}

    /** Reads a body of at most {@link #MAX_BYTES}, whether or not its length was announced. */
    static byte[] read(InputStream in, long announcedLength) throws IOException {
        if (announcedLength > MAX_BYTES) {
            throw problem("reading.body.tooLarge");
        }
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw problem("reading.body.tooLarge");
        }
        return bytes;
    }

    /** The text of a body: a .docx's paragraphs, or the text itself. */
    static String text(byte[] bytes, String contentType) {
        if (bytes == null || bytes.length == 0) {
            throw problem("reading.body.empty");
        }
        String text;
        if (startsWith(bytes, 'P', 'K', 3, 4)) {
            text = docx(bytes);
        } else if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw problem("reading.body.doc");
        } else if (startsWith(bytes, '%', 'P', 'D', 'F')) {
            throw problem("reading.body.pdf");
        } else if (DOCX.equals(baseType(contentType))) {
            throw problem("reading.body.docx");
        } else {
            text = plain(bytes, contentType);
        }
        if (text.length() > MAX_CHARS) {
            throw problem("reading.body.tooLarge");
        }
        if (text.isBlank()) {
            throw problem("reading.body.empty");
        }
        return text;
    }

    private static String plain(byte[] bytes, String contentType) {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            skip = 3;
        } else if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16;
        } else {
            charset = declaredCharset(contentType);
        }
        String text;
        try {
            text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
                    .toString();
        } catch (CharacterCodingException e) {
            throw problem("reading.body.unreadable");
        }
        boolean binary = text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f');
        if (binary) {
            throw problem("reading.body.unreadable");
        }
        return text;
    }

    private static Charset declaredCharset(String contentType) {
        try {
            if (contentType != null) {
                Charset declared = MediaType.parseMediaType(contentType).getCharset();
                if (declared != null) {
                    return declared;
                }
            }
        } catch (RuntimeException e) {
            // an unreadable or unknown charset: read as UTF-8, as the contract says
        }
        return StandardCharsets.UTF_8;
    }

    private static String docx(byte[] bytes) {
        checkUnpackedSize(bytes);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StringBuilder out = new StringBuilder();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    out.append(paragraph.getText()).append('\n');
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        List<String> cells = new ArrayList<>();
                        for (XWPFTableCell cell : row.getTableCells()) {
                            cells.add(cell.getText().replace('\n', ' '));
                        }
                        out.append(String.join(" | ", cells)).append('\n');
                    }
                }
                if (out.length() > MAX_CHARS) {
                    throw problem("reading.body.tooLarge");
                }
            }
            return out.toString();
        } catch (InvalidInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // POI says a broken or foreign package in many ways (POIXMLException, NotOfficeXmlFileException…)
            throw problem("reading.body.docx");
        }
    }

    /** Unpacks every entry, counting, without keeping anything: a zip bomb is refused here. */
    private static void checkUnpackedSize(byte[] bytes) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw problem("reading.body.bomb");
                }
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    total += n;
                    if (total > MAX_UNPACKED) {
                        throw problem("reading.body.bomb");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw problem("reading.body.docx");
        }
        if (entries == 0) {
            throw problem("reading.body.docx");
        }
    }

    private static String baseType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
                .trim()
                .toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static InvalidInputException problem(String message) {
        return new InvalidInputException("body", message);
    }
}
