package vn.doingoai.news;

import org.springframework.core.io.FileSystemResource;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.doingoai.document.DocumentStore;
import vn.doingoai.web.RecordApi;
import vn.doingoai.web.Step;

/**
 * {@code /api/v1/news}, the latest published first; the picture at {@code /api/v1/news/{id}/picture},
 * and the workflow's steps {@code publish} and {@code unpublish} (an approver's), each with the
 * {@code version} it read.
 */
@RestController
@RequestMapping("/api/v1/news")
class NewsApiController extends RecordApi<NewsData, NewsFilter> {

    private final NewsBook news;
    private final DocumentStore documents;

    NewsApiController(NewsBook news, DocumentStore documents) {
        super(news, Sort.by(Sort.Direction.DESC, "publishedOn", "id"));
        this.news = news;
        this.documents = documents;
    }

    @PostMapping("/{id}/publish")
    NewsData publish(@PathVariable Long id, @RequestBody(required = false) Step step) {
        return news.publish(id, Step.version(step));
    }

    @PostMapping("/{id}/unpublish")
    NewsData unpublish(@PathVariable Long id, @RequestBody(required = false) Step step) {
        return news.unpublish(id, Step.version(step));
    }

    /** Uploads the picture (multipart field {@code file}): a PNG, JPEG, GIF or WebP image. */
    @PostMapping(value = "/{id}/picture", consumes = "multipart/form-data")
    NewsData upload(@PathVariable Long id, @RequestPart("file") MultipartFile file) {
        return news.attachPicture(id, file);
    }

    @GetMapping("/{id}/picture")
    ResponseEntity<FileSystemResource> picture(@PathVariable Long id) {
        return documents.download(news.picture(id));
    }
}
