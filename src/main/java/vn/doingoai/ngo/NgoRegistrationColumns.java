package vn.doingoai.ngo;

import java.util.List;
import org.springframework.data.domain.Sort;
import vn.doingoai.web.Column;
import vn.doingoai.web.ListColumns;

/** The registrations' list: the columns of its page and of its Excel export. */
final class NgoRegistrationColumns {

    static final ListColumns<NgoRegistrations.View> LIST = ListColumns.of(
                    "nav.ngoRegistrations",
                    "/ngo-registrations",
                    "dang-ky-phi-chinh-phu.xlsx",
                    r -> "/ngo-registrations/" + r.data().id(),
                    List.of(
                            Column.ref(r -> r.data().ref()),
                            Column.text("ngo.ngo", null, NgoRegistrations.View::ngoName),
                            Column.label("ngo.kind", "kind", "ngo.kind", r -> r.data()
                                    .kind()),
                            Column.text("ngo.number", "number", r -> r.data().number()),
                            Column.unit(r -> r.data().unit()),
                            Column.date(
                                    "ngo.validFrom", "validFrom", r -> r.data().validFrom()),
                            Column.date("ngo.validTo", "validTo", r -> r.data().validTo()),
                            Column.<NgoRegistrations.View>country(
                                            "common.country", null, NgoRegistrations.View::country)
                                    .excelOnly(),
                            Column.<NgoRegistrations.View>text(
                                            "ngo.area", null, r -> r.data().area())
                                    .excelOnly()))
            .sorted(Sort.by(Sort.Direction.DESC, "validFrom"), Sort.by("validFrom"));

    private NgoRegistrationColumns() {}
}
