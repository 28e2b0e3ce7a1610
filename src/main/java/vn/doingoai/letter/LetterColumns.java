package vn.doingoai.letter;

import java.util.List;
import vn.doingoai.web.Column;
import vn.doingoai.web.ListColumns;

/** The letters' list: the columns of its page and of its Excel export. */
final class LetterColumns {

    static final ListColumns<Letters.View> LIST = ListColumns.of(
            "nav.letters",
            "/letters",
            "cong-thu.xlsx",
            l -> "/letters/" + l.data().id(),
            List.of(
                    Column.ref(l -> l.data().ref()),
                    Column.date("letter.date", "date", l -> l.data().date()),
                    Column.text("letter.subject", "subject", l -> l.data().subject()),
                    Column.label("letter.direction", "direction", "letter.direction", l -> l.data()
                            .direction()),
                    Column.label("letter.occasion", "occasion", "letter.occasion", l -> l.data()
                            .occasion()),
                    Column.text("letter.partners", null, Letters.View::partnerNames),
                    Column.unit(l -> l.data().unit()),
                    Column.<Letters.View>text(
                                    "letter.document", null, l -> l.data().document())
                            .excelOnly()));

    private LetterColumns() {}
}
