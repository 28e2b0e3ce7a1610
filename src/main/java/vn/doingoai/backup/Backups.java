package vn.doingoai.backup;

import jakarta.persistence.EntityManagerFactory;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.id.enhanced.SequenceStyleGenerator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cache.CacheManager;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.common.InvalidInputException;
import vn.doingoai.document.DocumentStore;
import vn.doingoai.document.PendingUploads;
import vn.doingoai.history.HistoryService;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;
import vn.doingoai.user.CurrentUser;

/**
 * Backup and restore of the whole installation, for the admins of the whole country only. A backup
 * is written to a temporary file first, so that a failure is an error answer rather than half a
 * zip; a restore reads the uploaded zip into a temporary file, checks it whole, and restores it in
 * one transaction into an installation that holds no records yet.
 */
@Service
public class Backups {

    private static final String TEMPORARY = "backup";

    private final Access access;
    private final BackupWriter writer;
    private final Restorer restorer;
    private final SchemaSource schemas;
    private final BackupUpgrade upgrade;
    private final HistoryService history;
    private final DocumentStore documents;
    private final PendingUploads temporary;
    private final PlatformTransactionManager transactions;
    private final EntityManagerFactory entities;
    private final ObjectProvider<CacheManager> caches;
    private final ObjectMapper json;
    private final MessageSource messages;
    private final DataSize maxSize;

    private final vn.doingoai.config.DataVersion dataVersion;

    Backups(
            Access access,
            BackupWriter writer,
            Restorer restorer,
            SchemaSource schemas,
            BackupUpgrade upgrade,
            HistoryService history,
            DocumentStore documents,
            PendingUploads temporary,
            PlatformTransactionManager transactions,
            EntityManagerFactory entities,
            ObjectProvider<CacheManager> caches,
            vn.doingoai.config.DataVersion dataVersion,
            ObjectMapper json,
            MessageSource messages,
            @Value("${doingoai.backup.max-size:20GB}") DataSize maxSize) {
        this.access = access;
        this.writer = writer;
        this.restorer = restorer;
        this.schemas = schemas;
        this.upgrade = upgrade;
        this.history = history;
        this.documents = documents;
        this.temporary = temporary;
        this.transactions = transactions;
        this.entities = entities;
        this.caches = caches;
        this.dataVersion = dataVersion;
        this.json = json;
        this.messages = messages;
        this.maxSize = maxSize;
    }

    /** Refuses (403) anyone but an admin of the whole country. */
    public void checkNationalAdmin() {
        CurrentUser me = access.current();
        if (!me.isAdmin() || !Units.COUNTRY.equals(me.unitCode())) {
            throw new AccessDeniedException("Backups are for the admins of " + Units.COUNTRY);
        }
    }

    /** Writes a backup into a temporary file, which the caller sends and deletes. */
    Path write() throws IOException {
        checkNationalAdmin();
        Path file = temporary.newFile(TEMPORARY);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            writer.write(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return file;
    }

    /** What a restore put back. */
    public record Restored(int tables, long rows, int documents) {}

    /**
     * Restores the backup in {@code body}: whole or not at all, and only into an installation
     * without records. A backup of an older schema version is first migrated to this one ({@link
     * BackupUpgrade}); a newer one, or one of a version this application never had, is refused.
     */
    Restored restore(InputStream body) throws IOException {
        checkNationalAdmin();
        Path file = temporary.newFile(TEMPORARY);
        try {
            receive(body, file);
            try (BackupArchive archive = BackupArchive.open(file, json)) {
                Restored restored =
                        switch (schemas.age(archive.manifest().schemaVersion())) {
                            case SAME -> restore(archive, archive);
                            case OLDER -> restoreOlder(archive);
                            case NEWER -> throw versionProblem("backup.newerVersion", archive);
                            case UNKNOWN -> throw versionProblem("backup.unknownVersion", archive);
                        };
                forgetWhatWasCached();
                return restored;
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private InvalidInputException versionProblem(String key, BackupArchive archive) {
        return new InvalidInputException(
                "schemaVersion", text(key, archive.manifest().schemaVersion(), schemas.version()));
    }

    /** An older version's backup: its tables migrated to this version, its documents as they are. */
    private Restored restoreOlder(BackupArchive archive) throws IOException {
        refuseOverRecords(); // before the work of migrating: the restore would refuse it anyway
        Path upgraded = temporary.newFile(TEMPORARY);
        try {
            upgrade.upgrade(archive, upgraded);
            try (BackupArchive tables = BackupArchive.open(upgraded, json)) {
                return restore(tables, archive);
            }
        } finally {
            Files.deleteIfExists(upgraded);
        }
    }

    private void refuseOverRecords() {
        if (history.holdsRecords()) {
            throw new BackupProblem(HttpStatus.CONFLICT, text("backup.holdsRecords"));
        }
    }

    /** The tables of {@code tables} (of this schema version) and the documents of {@code documents}, in one transaction. */
    private Restored restore(BackupArchive tables, BackupArchive documents) {
        List<String> written = new ArrayList<>();
        try {
            return new TransactionTemplate(transactions).execute(status -> {
                Schema schema = schemas.read();
                tables.checkFits(schema);
                refuseOverRecords();
                long rows = restorer.restore(tables, schema);
                dataVersion.touch(); // written by plain SQL: cached figures and the unit tree must see it
                for (Manifest.Document document : documents.documents()) {
                    try (InputStream in = documents.open(document.entry())) {
                        written.add(document.path());
                        this.documents.put(document.path(), in);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
                return new Restored(schema.tables().size(), rows, written.size());
            });
        } catch (RuntimeException e) {
            for (String path : written) {
                try {
                    this.documents.remove(path);
                } catch (IOException ignored) {
                    // a file that cannot be removed is an unreferenced one: harmless
                }
            }
            throw e;
        }
    }

    private void receive(InputStream body, Path file) throws IOException {
        long max = maxSize.toBytes();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (InputStream in = body;
                OutputStream out = Files.newOutputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > max) {
                    throw new BackupProblem(HttpStatus.CONTENT_TOO_LARGE, text("backup.tooLarge"));
                }
                out.write(buffer, 0, n);
            }
        }
    }

    /**
     * After a restore, what the running application remembered of the old data: the blocks of ids
     * Hibernate took from the sequences (the restored rows may use them) and any cache.
     */
    private void forgetWhatWasCached() {
        entities.unwrap(SessionFactoryImplementor.class).getMappingMetamodel().forEachEntityDescriptor(entity -> {
            if (entity.getGenerator() instanceof SequenceStyleGenerator generator) {
                generator.getOptimizer().reset();
            }
        });
        caches.ifAvailable(manager -> manager.getCacheNames().forEach(name -> {
            var cache = manager.getCache(name);
            if (cache != null) {
                cache.clear();
            }
        }));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
