package vn.doingoai.overseas;

import java.util.List;
import org.springframework.data.domain.Sort;
import vn.doingoai.web.Column;
import vn.doingoai.web.ListColumns;

/** The donations' list: the columns of its page and of its Excel export, the USD and VND equivalents included. */
final class OverseasDonationColumns {

    static final ListColumns<OverseasDonations.View> LIST = ListColumns.of(
                    "nav.overseasDonations",
                    "/overseas-donations",
                    "kieu-bao-ung-ho.xlsx",
                    d -> "/overseas-donations/" + d.data().id(),
                    List.of(
                            Column.ref(d -> d.data().ref()),
                            Column.date("overseas.receivedOn", "receivedOn", d -> d.data()
                                    .receivedOn()),
                            Column.text("overseas.donor", null, OverseasDonations.View::donorLabel),
                            Column.text(
                                    "overseas.purpose", "purpose", d -> d.data().purpose()),
                            Column.amount("overseas.value", null, d -> d.data().value()),
                            Column.currency(d -> d.data().value().currency()),
                            Column.amount("overseas.usd", null, OverseasDonations.View::usdValue),
                            Column.amount("overseas.vnd", null, OverseasDonations.View::vndValue),
                            Column.unit(d -> d.data().unit())))
            .sorted(Sort.by(Sort.Direction.DESC, "receivedOn"), Sort.by("receivedOn"));

    private OverseasDonationColumns() {}
}
