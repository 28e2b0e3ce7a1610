package vn.doingoai.border;

import org.springframework.stereotype.Component;
import vn.doingoai.history.HistoryReadRight;
import vn.doingoai.user.Access;

/** {@code GET /api/v1/friendship-pairs/{id}/history}, with the read right of the pair's unit. */
@Component
class FriendshipPairHistory extends HistoryReadRight {

    FriendshipPairHistory(Access access) {
        super("friendship-pairs", "friendshipPair", access::checkRead);
    }
}
