package vn.doingoai.letter;

import java.util.List;
import org.springframework.data.domain.Sort;
import vn.doingoai.web.Column;
import vn.doingoai.web.ListColumns;

/** The letters' list: the columns of its page and of its Excel export, the partners by name. */
final class LetterColumns {

    static final ListColumns<LetterData> LIST = ListColumns.of(
                    "nav.letters",
                    "/letters",
                    "cong-thu.xlsx",
                    l -> "/letters/" + l.id(),
                    List.of(
                            Column.ref(LetterData::ref),
                            Column.date("letter.date", "date", LetterData::date),
                            Column.text("letter.subject", "subject", LetterData::subject),
                            Column.label("letter.direction", "direction", "letter.direction", LetterData::direction),
                            Column.label("letter.occasion", "occasion", "letter.occasion", LetterData::occasion),
                            Column.refs("letter.partners", "partners", LetterData::partners),
                            Column.unit(LetterData::unit),
                            Column.<LetterData>text("letter.document", null, LetterData::document)
                                    .excelOnly()))
            .sorted(Sort.by(Sort.Direction.DESC, "date"), Sort.by("date"));

    private LetterColumns() {}
}
