package vn.doingoai.news;

import org.springframework.stereotype.Component;
import vn.doingoai.history.HistoryReadRight;
import vn.doingoai.user.Access;

/** The history of news ({@code /api/v1/news/{id}/history}) is read with their unit's read right. */
@Component
class NewsHistory extends HistoryReadRight {

    NewsHistory(Access access) {
        super("news", "news", access::checkRead);
    }
}
