package vn.doingoai.partner;

import java.util.List;
import org.springframework.data.domain.Sort;
import vn.doingoai.web.Column;
import vn.doingoai.web.ListColumns;

/** The partner list's one declaration: the columns of its page and of its Excel export, by name. */
final class PartnerColumns {

    static final ListColumns<PartnerData> LIST = ListColumns.of(
                    "nav.partners",
                    "/partners",
                    "doi-tac.xlsx",
                    p -> "/partners/" + p.id(),
                    List.of(
                            Column.ref(PartnerData::ref),
                            Column.text("partner.name", "name", PartnerData::name),
                            Column.text("partner.nameVi", "nameVi", PartnerData::nameVi),
                            Column.label("partner.kind", "kind", "partner.kind", PartnerData::kind),
                            Column.country("common.country", "country", PartnerData::country),
                            Column.unit(PartnerData::unit)))
            .sorted(Sort.by("name"), Sort.by("name"));

    private PartnerColumns() {}
}
