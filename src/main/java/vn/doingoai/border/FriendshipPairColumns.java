package vn.doingoai.border;

import java.util.List;
import org.springframework.data.domain.Sort;
import vn.doingoai.web.Column;
import vn.doingoai.web.ListColumns;

/** The friendship pairs' list: the columns of its page and Excel export, the latest established first. */
final class FriendshipPairColumns {

    static final ListColumns<FriendshipPairBook.View> LIST = ListColumns.of(
                    "nav.friendshipPairs",
                    "/friendship-pairs",
                    "ket-nghia.xlsx",
                    p -> "/friendship-pairs/" + p.data().id(),
                    List.of(
                            Column.ref(p -> p.data().ref()),
                            Column.unit(p -> p.data().unit()),
                            Column.text("border.pair.partner", null, FriendshipPairBook.View::partnerName),
                            Column.country(
                                    "common.country",
                                    null,
                                    p -> p.partner() == null
                                            ? null
                                            : p.partner().country()),
                            Column.date("border.pair.establishedOn", "establishedOn", p -> p.data()
                                    .establishedOn()),
                            Column.date("border.pair.endedOn", "endedOn", p -> p.data()
                                    .endedOn())))
            .sorted(Sort.by(Sort.Direction.DESC, "establishedOn"), Sort.by("establishedOn"));

    private FriendshipPairColumns() {}
}
