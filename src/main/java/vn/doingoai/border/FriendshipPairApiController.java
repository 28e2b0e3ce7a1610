package vn.doingoai.border;

import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.doingoai.web.RecordApi;

/** {@code /api/v1/friendship-pairs}, the latest established first. */
@RestController
@RequestMapping("/api/v1/friendship-pairs")
class FriendshipPairApiController extends RecordApi<FriendshipPairData, FriendshipPairFilter> {

    FriendshipPairApiController(FriendshipPairBook pairs) {
        super(pairs, Sort.by(Sort.Direction.DESC, "establishedOn", "id"));
    }
}
