package vn.doingoai.overseas;

import java.util.List;
import vn.doingoai.web.Column;
import vn.doingoai.web.ListColumns;

/** The associations' index ({@code /overseas}): the columns of its page and of its Excel export. */
final class AssociationColumns {

    static final ListColumns<Associations.Row> LIST = ListColumns.of(
            "nav.overseas",
            "/overseas",
            "hoi-nguoi-viet-nam-o-nuoc-ngoai.xlsx",
            r -> "/overseas/associations/" + r.association().id(),
            List.of(
                    Column.text(
                            "overseas.association", "name", r -> r.association().displayName()),
                    Column.country(
                            "common.country", "country", r -> r.association().country()),
                    Column.number("overseas.donations.count", "donations", Associations.Row::donations),
                    Column.amount("overseas.usd", "usd", Associations.Row::usdTotal),
                    Column.amount("overseas.vnd", null, Associations.Row::vndTotal),
                    Column.text("overseas.missingRates", null, Associations.Row::missing)));

    private AssociationColumns() {}
}
