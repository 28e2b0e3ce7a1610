package vn.doingoai.news;

import jakarta.validation.Valid;
import java.time.LocalDate;
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
import vn.doingoai.common.PageResponse;
import vn.doingoai.document.DocumentStore;

/**
 * {@code /api/v1/news}, the picture at {@code /api/v1/news/{id}/picture}, and the workflow's steps
 * {@code publish} and {@code unpublish} (an approver's), each with the {@code version} it read.
 */
@RestController
@RequestMapping("/api/v1/news")
class NewsApiController {

    /** The body of a step. */
    record Step(Long version) {}

    private final NewsItems news;
    private final DocumentStore documents;

    NewsApiController(NewsItems news, DocumentStore documents) {
        this.news = news;
        this.documents = documents;
    }

    @GetMapping
    PageResponse<NewsData> list(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String language,
            @RequestParam(required = false) NewsStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        PageRequest pageable = PageRequest.of(
                Math.max(page, 0), Math.min(Math.max(size, 1), 500), Sort.by(Sort.Direction.DESC, "publishedOn", "id"));
        return PageResponse.of(news.list(new NewsFilter(unit, q, language, status, from, to), pageable), n -> n);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    NewsData create(@Valid @RequestBody NewsData data) {
        return news.create(data);
    }

    @GetMapping("/{id}")
    NewsData get(@PathVariable Long id) {
        return news.read(id);
    }

    @PutMapping("/{id}")
    NewsData update(@PathVariable Long id, @Valid @RequestBody NewsData data) {
        return news.update(id, data);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable Long id) {
        news.delete(id);
    }

    @PostMapping("/{id}/publish")
    NewsData publish(@PathVariable Long id, @RequestBody(required = false) Step step) {
        return news.publish(id, step == null ? null : step.version());
    }

    @PostMapping("/{id}/unpublish")
    NewsData unpublish(@PathVariable Long id, @RequestBody(required = false) Step step) {
        return news.unpublish(id, step == null ? null : step.version());
    }

    /** Uploads the picture (multipart field {@code file}): a PNG, JPEG, GIF or WebP image. */
    @PostMapping(value = "/{id}/picture", consumes = "multipart/form-data")
    NewsData upload(@PathVariable Long id, @RequestPart("file") MultipartFile file) {
        return news.attachPicture(id, () -> NewsPicture.store(documents, file));
    }

    @GetMapping("/{id}/picture")
    ResponseEntity<org.springframework.core.io.FileSystemResource> picture(@PathVariable Long id) {
        return documents.download(news.picture(id));
    }
}
