package vn.doingoai.aid;

import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import vn.doingoai.web.Column;
import vn.doingoai.web.ListColumns;

/**
 * The aid list's one declaration: the columns of its page and of its Excel export (the export adds
 * each item's committed and disbursed amounts in USD).
 */
@Component
class AidColumns {

    final ListColumns<AidBook.View> list;

    AidColumns(AidTotals totals, Sectors sectors) {
        list = ListColumns.of(
                        "nav.aid",
                        "/aid",
                        "vien-tro.xlsx",
                        v -> "/aid/" + v.data().id(),
                        List.of(
                                Column.ref(v -> v.data().ref()),
                                Column.text("aid.title", "title", v -> v.data().title()),
                                Column.text("aid.donor", null, AidBook.View::donorName),
                                Column.label("aid.kind", "kind", "aid.kind", v -> v.data()
                                        .kind()),
                                Column.text(
                                        "aid.sector",
                                        "sector",
                                        v -> sectors.label(v.data().sector())),
                                Column.date("aid.startDate", "startDate", v -> v.data()
                                        .startDate()),
                                Column.date(
                                        "aid.endDate", "endDate", v -> v.data().endDate()),
                                Column.<AidBook.View>number(
                                                "aid.committedUsd", null, v -> AidTotals.totals(totals.lines(v.data()))
                                                        .committedUsd())
                                        .excelOnly(),
                                Column.<AidBook.View>number(
                                                "aid.disbursedUsd", null, v -> AidTotals.totals(totals.lines(v.data()))
                                                        .disbursedUsd())
                                        .excelOnly(),
                                Column.unit(v -> v.data().unit())))
                .sorted(Sort.by(Sort.Direction.DESC, "startDate"), Sort.by("startDate"));
    }
}
