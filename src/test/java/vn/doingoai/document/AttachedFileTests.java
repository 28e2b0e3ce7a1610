package vn.doingoai.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import vn.doingoai.common.InvalidInputException;
import vn.doingoai.common.NotFoundException;

/** The one way a record keeps its file: the right first, then the file stored and named in the record. */
class AttachedFileTests {

    static final MockMultipartFile PDF = new MockMultipartFile(
            "file", "scan.pdf", "application/pdf", "%PDF-1.4 attached".getBytes(StandardCharsets.UTF_8));

    /** A record that names one file. */
    static final class Paper {
        StoredDocument file;
        boolean writable;
    }

    @TempDir
    Path dataDir;

    AttachedFile<Paper> attached(DocumentStore store) {
        return new AttachedFile<>(store, "paper", p -> p.file, (p, f) -> p.file = f, p -> {
            if (!p.writable) {
                throw new AccessDeniedException("Read only");
            }
        });
    }

    @Test
    void aRefusedRightStoresNothing() {
        DocumentStore store = new DocumentStore(dataDir.toString());
        Paper paper = new Paper();

        assertThatThrownBy(() -> attached(store).attach(paper, PDF)).isInstanceOf(AccessDeniedException.class);

        assertThat(store.paths()).isEmpty();
        assertThat(paper.file).isNull();
    }

    @Test
    void theFileIsStoredAndNamedOnlyAfterTheRight() {
        DocumentStore store = new DocumentStore(dataDir.toString());
        Paper paper = new Paper();
        paper.writable = true;
        AttachedFile<Paper> attached = attached(store);

        assertThatThrownBy(() -> attached.of(paper)).isInstanceOf(NotFoundException.class);
        attached.attach(paper, PDF);

        assertThat(store.paths()).singleElement().asString().startsWith("paper/");
        assertThat(attached.of(paper).fileName()).isEqualTo("scan.pdf");
        assertThat(attached.of(paper).path()).isEqualTo(store.paths().get(0));
    }

    @Test
    void noFileIsAProblemAtFile() {
        DocumentStore store = new DocumentStore(dataDir.toString());
        Paper paper = new Paper();
        paper.writable = true;
        MockMultipartFile empty = new MockMultipartFile("file", "empty.pdf", "application/pdf", new byte[0]);

        assertThatThrownBy(() -> attached(store).attach(paper, empty))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .singleElement()
                        .satisfies(p -> assertThat(p.field()).isEqualTo("file")));
        assertThat(store.paths()).isEmpty();
        assertThat(paper.file).isNull();
    }
}
