package vn.doingoai.agreement;

import java.util.List;
import org.springframework.data.domain.Sort;
import vn.doingoai.web.Column;
import vn.doingoai.web.ListColumns;

/** The agreement list's one declaration: the columns of its page and of its Excel export. */
final class AgreementColumns {

    static final ListColumns<AgreementData> LIST = ListColumns.of(
                    "nav.agreements",
                    "/agreements",
                    "thoa-thuan.xlsx",
                    a -> "/agreements/" + a.id(),
                    List.of(
                            Column.ref(AgreementData::ref),
                            Column.text("agreement.title", "title", AgreementData::title),
                            Column.unit(AgreementData::unit),
                            Column.label("agreement.level", "level", "agreement.level", AgreementData::level),
                            Column.<AgreementData>refs("agreement.partners", "partners", AgreementData::partners)
                                    .excelOnly(),
                            Column.date("agreement.signedOn", "signedOn", AgreementData::signedOn),
                            Column.<AgreementData>date("agreement.validFrom", "validFrom", AgreementData::validFrom)
                                    .excelOnly(),
                            Column.date("agreement.validTo", "validTo", AgreementData::validTo),
                            Column.<AgreementData>label(
                                            "agreement.fields", null, "agreement.field", AgreementData::fields)
                                    .excelOnly(),
                            Column.label("common.status", "status", "agreement.status", AgreementData::status),
                            Column.label(
                                    "agreement.inForce",
                                    null,
                                    "common",
                                    a -> Boolean.TRUE.equals(a.inForce()) ? "yes" : "no")))
            .sorted(Sort.by(Sort.Direction.DESC, "signedOn"), Sort.by("signedOn"));

    private AgreementColumns() {}
}
