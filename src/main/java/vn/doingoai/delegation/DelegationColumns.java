package vn.doingoai.delegation;

import java.util.List;
import org.springframework.data.domain.Sort;
import vn.doingoai.web.Column;
import vn.doingoai.web.ListColumns;

/** The delegation list's one declaration: the columns of its page and of its Excel export. */
final class DelegationColumns {

    static final ListColumns<DelegationData> LIST = ListColumns.of(
                    "nav.delegations",
                    "/delegations",
                    "doan-ra-doan-vao.xlsx",
                    d -> "/delegations/" + d.id(),
                    List.of(
                            Column.ref(DelegationData::ref),
                            Column.text("delegation.title", "title", DelegationData::title),
                            Column.label(
                                    "delegation.direction",
                                    "direction",
                                    "delegation.direction",
                                    DelegationData::direction),
                            Column.date("delegation.startDate", "startDate", DelegationData::startDate),
                            Column.date("delegation.endDate", "endDate", DelegationData::endDate),
                            Column.country("delegation.countries", null, DelegationData::countries),
                            Column.number("delegation.persons", null, DelegationData::personCount),
                            Column.label("common.status", "status", "delegation.status", DelegationData::status),
                            Column.unit(DelegationData::unit),
                            Column.<DelegationData>text(
                                            "delegation.decisionNumber", null, DelegationData::decisionNumber)
                                    .excelOnly()))
            .sorted(Sort.by(Sort.Direction.DESC, "startDate"), Sort.by("startDate"));

    private DelegationColumns() {}
}
