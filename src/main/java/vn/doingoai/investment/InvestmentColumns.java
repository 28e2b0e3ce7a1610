package vn.doingoai.investment;

import java.util.List;
import org.springframework.data.domain.Sort;
import vn.doingoai.web.Column;
import vn.doingoai.web.ListColumns;

/** The FDI project list's one declaration: the columns of its page and of its Excel export. */
final class InvestmentColumns {

    static final ListColumns<InvestmentBook.View> LIST = ListColumns.of(
                    "nav.investments",
                    "/investments",
                    "du-an-fdi.xlsx",
                    v -> "/investments/" + v.data().id(),
                    List.of(
                            Column.ref(v -> v.data().ref()),
                            Column.text("investment.name", "name", v -> v.data().name()),
                            Column.text("investment.investor", null, InvestmentBook.View::investorName),
                            Column.country(
                                    "common.country", "country", v -> v.data().country()),
                            Column.date("investment.registeredOn", "registeredOn", v -> v.data()
                                    .registeredOn()),
                            Column.amount("investment.capital", "capital.amount", v -> v.data()
                                    .capital()),
                            Column.currency(v -> v.data().capital().currency()),
                            Column.label("common.status", "status", "investment.status", v -> v.data()
                                    .status()),
                            Column.<InvestmentBook.View>date("investment.endedOn", "endedOn", v -> v.data()
                                            .endedOn())
                                    .excelOnly(),
                            Column.<InvestmentBook.View>text(
                                            "investment.industrialZone", "industrialZone", v -> v.data()
                                                    .industrialZone())
                                    .excelOnly(),
                            Column.<InvestmentBook.View>number("investment.workers", "workers", v -> v.data()
                                            .workers())
                                    .excelOnly(),
                            Column.unit(v -> v.data().unit())))
            .sorted(Sort.by(Sort.Direction.DESC, "registeredOn"), Sort.by("registeredOn"));

    private InvestmentColumns() {}
}
