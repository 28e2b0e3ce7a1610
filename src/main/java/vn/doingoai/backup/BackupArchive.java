package vn.doingoai.backup;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.common.InvalidInputException;
import vn.doingoai.document.DocumentStore;

/**
 * A backup zip, checked whole before anything is restored from it: a readable zip whose entries
 * all pass their checksum, at most {@link #RATIO} times larger unpacked than packed (a zip bomb is
 * refused before anything is unpacked), with a manifest of this format naming parts that are all
 * there. Every problem is a 400 at the part it concerns.
 */
final class BackupArchive implements Closeable {

    /** How much larger than the zip its content may be (plus {@link #SLACK}); real backups stay far below. */
    static final long RATIO = 200;

    static final long SLACK = 100L * 1024 * 1024;

    private static final int MAX_ENTRIES = 2_000_000;

    private final ZipFile zip;
    private final Manifest manifest;

    private BackupArchive(ZipFile zip, Manifest manifest) {
        this.zip = zip;
        this.manifest = manifest;
    }

    static BackupArchive open(Path file, ObjectMapper json) throws IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (IOException e) {
            throw new InvalidInputException("body", "backup.notZip");
        }
        try {
            checkContent(zip, RATIO * Files.size(file) + SLACK);
            ZipEntry entry = zip.getEntry(Manifest.ENTRY);
            if (entry == null) {
                throw new InvalidInputException(Manifest.ENTRY, "backup.missing");
            }
            Manifest manifest;
            try (InputStream in = zip.getInputStream(entry)) {
                manifest = json.readValue(in, Manifest.class);
            } catch (JacksonException e) {
                throw new InvalidInputException(Manifest.ENTRY, "backup.unreadable");
            }
            if (manifest == null || !Manifest.FORMAT.equals(manifest.format())) {
                throw new InvalidInputException(Manifest.ENTRY, "backup.format");
            }
            BackupArchive archive = new BackupArchive(zip, manifest);
            archive.checkParts();
            return archive;
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    Manifest manifest() {
        return manifest;
    }

    InputStream open(String entry) throws IOException {
        return zip.getInputStream(zip.getEntry(entry));
    }

    /**
     * Whether the backup's tables fit a schema of its version (the installation's, or a restore's
     * scratch schema made to its version): the same tables with the same columns, each of a kind
     * the backup knows.
     */
    void checkFits(Schema schema) {
        Map<String, Manifest.Table> tables = manifest.tables().stream()
                .collect(Collectors.toMap(Manifest.Table::name, Function.identity(), (a, b) -> a));
        for (Schema.Table table : schema.tables()) {
            Manifest.Table saved = tables.get(table.name());
            if (saved == null) {
                throw new InvalidInputException("tables/" + table.name() + ".jsonl", "backup.missing");
            }
            if (!Set.copyOf(saved.columnNames()).equals(Set.copyOf(table.columnNames()))
                    || saved.columns().size() != table.columns().size()
                    || saved.columns().stream().anyMatch(c -> !Schema.KINDS.contains(c.kind()))) {
                throw new InvalidInputException(saved.entry(), "backup.otherColumns");
            }
        }
        if (tables.size() != schema.tables().size()) {
            throw new InvalidInputException(Manifest.ENTRY, "backup.otherTables");
        }
    }

    /** Every part the manifest names is in the zip, and every document has a document's path. */
    private void checkParts() {
        if (manifest.tables() == null || manifest.documents() == null || manifest.schemaVersion() == null) {
            throw new InvalidInputException(Manifest.ENTRY, "backup.unreadable");
        }
        for (Manifest.Table table : manifest.tables()) {
            if (table == null || table.name() == null || table.columns() == null) {
                throw new InvalidInputException(Manifest.ENTRY, "backup.unreadable");
            }
            if (zip.getEntry(table.entry()) == null) {
                throw new InvalidInputException(table.entry(), "backup.missing");
            }
        }
        Set<String> paths = new HashSet<>();
        for (Manifest.Document document : manifest.documents()) {
            if (document == null || !DocumentStore.isValidPath(document.path()) || !paths.add(document.path())) {
                throw new InvalidInputException(Manifest.ENTRY, "backup.badDocument");
            }
            if (zip.getEntry(document.entry()) == null) {
                throw new InvalidInputException(document.entry(), "backup.missing");
            }
        }
    }

    /**
     * Reads every entry once: its checksum must hold (a {@link ZipFile} does not check it), and the
     * whole may not unpack beyond {@code limit}.
     */
    private static void checkContent(ZipFile zip, long limit) {
        long total = 0;
        int count = 0;
        byte[] buffer = new byte[64 * 1024];
        try {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (++count > MAX_ENTRIES) {
                    throw new InvalidInputException("body", "backup.unpacksTooLarge");
                }
                CRC32 crc = new CRC32();
                try (InputStream in = new CheckedInputStream(zip.getInputStream(entry), crc)) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        total += n;
                        if (total > limit) {
                            throw new InvalidInputException("body", "backup.unpacksTooLarge");
                        }
                    }
                }
                if (entry.getCrc() != -1 && entry.getCrc() != crc.getValue()) {
                    throw new InvalidInputException("body", "backup.damaged");
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidInputException("body", "backup.damaged");
        }
    }

    List<Manifest.Document> documents() {
        return manifest.documents();
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
