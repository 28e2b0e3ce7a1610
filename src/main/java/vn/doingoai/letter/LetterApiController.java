package vn.doingoai.letter;

import org.springframework.core.io.FileSystemResource;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.doingoai.document.DocumentStore;
import vn.doingoai.web.RecordApi;

/** {@code /api/v1/letters} (latest first), and the letter's file at {@code /api/v1/letters/{id}/document}. */
@RestController
@RequestMapping("/api/v1/letters")
class LetterApiController extends RecordApi<LetterData, LetterFilter> {

    private final LetterBook letters;
    private final DocumentStore documents;

    LetterApiController(LetterBook letters, DocumentStore documents) {
        super(letters, Sort.by(Sort.Direction.DESC, "date", "id"));
        this.letters = letters;
        this.documents = documents;
    }

    /** Uploads the letter's file (multipart field {@code file}), after the right to write the letter is checked. */
    @PostMapping(value = "/{id}/document", consumes = "multipart/form-data")
    LetterData upload(@PathVariable Long id, @RequestPart("file") MultipartFile file) {
        return letters.attach(id, file);
    }

    @GetMapping("/{id}/document")
    ResponseEntity<FileSystemResource> download(@PathVariable Long id) {
        return documents.download(letters.document(id));
    }
}
