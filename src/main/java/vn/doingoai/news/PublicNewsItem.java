package vn.doingoai.news;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the public pages may show of a published news item. Never who wrote or published it, and
 * nothing of a draft.
 *
 * @param language {@code vi} or {@code en}, the language it is written in
 * @param body its HTML, cleaned when it was saved
 * @param hasPicture whether it has a picture (served by {@link PublicNews#picture})
 * @param agreementId the agreement it reports, or null (the agreement's public view says whether it may be shown)
 * @param updatedAt when it last changed (the feed's {@code updated})
 */
@org.springframework.modulith.NamedInterface("public")
public record PublicNewsItem(
        Long id,
        String language,
        String title,
        String summary,
        String body,
        LocalDate publishedOn,
        boolean hasPicture,
        Long agreementId,
        Long delegationId,
        Long eventId,
        Instant updatedAt) {}
