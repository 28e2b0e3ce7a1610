package vn.doingoai.border;

import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.doingoai.web.PageParts;
import vn.doingoai.web.PageType;
import vn.doingoai.web.RecordList;

/** The friendship pairs' pages: the list, a pair's page, the form. */
@Controller
@RequestMapping("/friendship-pairs")
class FriendshipPairPageController extends BorderPages<FriendshipPairData, FriendshipPairFilter> {

    private final FriendshipPairBook book;
    private final FriendshipPairs pairs;

    FriendshipPairPageController(
            FriendshipPairBook book, FriendshipPairs pairs, BorderUnits borderUnits, PageParts parts) {
        super(
                parts,
                book,
                new RecordList<>(FriendshipPairColumns.LIST, book::views, book::viewsAll),
                new PageType("border/pair", "friendshipPair", "border.pair"),
                borderUnits);
        this.book = book;
        this.pairs = pairs;
    }

    @Override
    protected void listModel(FriendshipPairFilter filter, Model model) {
        super.listModel(filter, model);
        model.addAttribute("localities", pairs.localities());
    }

    @Override
    protected void details(Long id, Model model) {
        FriendshipPairBook.View pair = book.view(id);
        model.addAttribute("pair", pair);
        model.addAttribute("activeToday", pair.data().activeOn(LocalDate.now()));
        model.addAttribute("canWrite", parts.access().canWrite(pair.data().unit()));
    }

    @Override
    protected FriendshipPairData blank() {
        return new FriendshipPairData(null, null, null, book.ownUnit(), null, null, null, null);
    }

    @Override
    protected void formModel(Model model) {
        model.addAttribute("localities", pairs.localities());
    }
}
