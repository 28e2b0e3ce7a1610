package vn.doingoai.news;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.common.RecordSpecs;
import vn.doingoai.document.DocumentStore;
import vn.doingoai.unit.UnitScope;

/**
 * The public view of news, for the public site: only published items, and only what {@link
 * PublicNewsItem} holds. Reads without a signed-in user.
 */
@Service
@Transactional(readOnly = true)
@org.springframework.modulith.NamedInterface("public")
public class PublicNews {

    /** A published item's picture: its type and its bytes. */
    @org.springframework.modulith.NamedInterface("public")
    public record Picture(String contentType, byte[] bytes) {}

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "publishedOn", "id");

    private final NewsRepository repository;
    private final DocumentStore documents;

    PublicNews(NewsRepository repository, DocumentStore documents) {
        this.repository = repository;
        this.documents = documents;
    }

    /** The published items of these units in a language ({@code null}: every language), newest first. */
    public List<PublicNewsItem> latest(UnitScope scope, String language, int page, int size) {
        return repository.findAll(published(scope, language), PageRequest.of(page, size, NEWEST_FIRST)).stream()
                .map(PublicNews::view)
                .toList();
    }

    /** How many items {@link #latest} has in all. */
    public long count(UnitScope scope, String language) {
        return repository.count(published(scope, language));
    }

    /** The published items of these units that report an agreement, newest first. */
    public List<PublicNewsItem> aboutAgreement(UnitScope scope, Long agreementId) {
        Specification<NewsItem> about = (root, q, cb) -> cb.equal(root.get("agreementId"), agreementId);
        return repository.findAll(published(scope, null).and(about), NEWEST_FIRST).stream()
                .map(PublicNews::view)
                .toList();
    }

    /** A published item of these units. */
    public Optional<PublicNewsItem> find(UnitScope scope, Long id) {
        return find(scope, id, n -> true).map(PublicNews::view);
    }

    /** The picture of a published item of these units. */
    public Optional<Picture> picture(UnitScope scope, Long id) {
        return find(scope, id, n -> n.getPicture() != null && n.getPicture().path() != null)
                .map(n -> {
                    try (InputStream in = documents.open(n.getPicture().path())) {
                        return new Picture(n.getPicture().contentType(), in.readAllBytes());
                    } catch (IOException gone) {
                        return null; // a file that is gone: no picture
                    }
                });
    }

    private Optional<NewsItem> find(UnitScope scope, Long id, java.util.function.Predicate<NewsItem> also) {
        return (id == null ? Optional.<NewsItem>empty() : repository.findById(id))
                .filter(n -> n.getStatus() == NewsStatus.PUBLISHED)
                .filter(n -> scope.contains(n.getUnitCode()))
                .filter(also);
    }

    private static Specification<NewsItem> published(UnitScope scope, String language) {
        Specification<NewsItem> spec = Specification.<NewsItem>where(scope.specification(false))
                .and(RecordSpecs.equal("status", NewsStatus.PUBLISHED));
        return language == null ? spec : spec.and(RecordSpecs.equal("language", language));
    }

    private static PublicNewsItem view(NewsItem n) {
        return new PublicNewsItem(
                n.getId(),
                n.getLanguage(),
                n.getTitle(),
                n.getSummary(),
                n.getBody(),
                n.getPublishedOn(),
                n.getPicture() != null && n.getPicture().path() != null,
                n.getAgreementId(),
                n.getDelegationId(),
                n.getEventId(),
                n.getUpdatedAt());
    }
}
