package vn.doingoai.letter;

import jakarta.validation.Valid;
import java.time.LocalDate;
import org.springframework.core.io.FileSystemResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.doingoai.common.InvalidInputException;
import vn.doingoai.common.PageResponse;
import vn.doingoai.document.DocumentStore;

/** {@code /api/v1/letters}, and the letter's file at {@code /api/v1/letters/{id}/document}. */
@RestController
@RequestMapping("/api/v1/letters")
class LetterApiController {

    private final Letters letters;
    private final DocumentStore documents;

    LetterApiController(Letters letters, DocumentStore documents) {
        this.letters = letters;
        this.documents = documents;
    }

    @GetMapping
    PageResponse<LetterData> list(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) LetterDirection direction,
            @RequestParam(required = false) LetterOccasion occasion,
            @RequestParam(required = false) String partner,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        PageRequest pageable = PageRequest.of(
                Math.max(page, 0), Math.min(Math.max(size, 1), 500), Sort.by(Sort.Direction.DESC, "date", "id"));
        return PageResponse.of(
                letters.list(new LetterFilter(unit, q, direction, occasion, partner, from, to), pageable),
                Letters.View::data);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    LetterData create(@Valid @RequestBody LetterData data) {
        return letters.create(data);
    }

    @GetMapping("/{id}")
    LetterData get(@PathVariable Long id) {
        return letters.read(id).data();
    }

    @PutMapping("/{id}")
    LetterData update(@PathVariable Long id, @Valid @RequestBody LetterData data) {
        return letters.update(id, data);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable Long id) {
        letters.delete(id);
    }

    /** Uploads the letter's file (multipart field {@code file}), after the right to write the letter is checked. */
    @PostMapping(value = "/{id}/document", consumes = "multipart/form-data")
    LetterData upload(@PathVariable Long id, @RequestPart("file") MultipartFile file) {
        return letters.attach(id, () -> {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("file", "validation.required");
            }
            return documents.store("letter", file);
        });
    }

    @GetMapping("/{id}/document")
    ResponseEntity<FileSystemResource> download(@PathVariable Long id) {
        return documents.download(letters.document(id));
    }
}
