package vn.doingoai.direction;

import java.util.List;
import org.springframework.data.domain.Sort;
import vn.doingoai.web.Column;
import vn.doingoai.web.ListColumns;

/** The document list's one declaration: the columns of its page and of its Excel export. */
final class DocumentColumns {

    static final ListColumns<DocumentData> LIST = ListColumns.of(
                    "nav.documents",
                    "/documents",
                    "van-ban-chi-dao.xlsx",
                    d -> "/documents/" + d.id(),
                    List.of(
                            Column.ref(DocumentData::ref),
                            Column.text("document.number", "number", DocumentData::number),
                            Column.text("document.title", "title", DocumentData::title),
                            Column.label("document.kind", "kind", "document.kind", DocumentData::kind),
                            Column.date("document.issuedOn", "issuedOn", DocumentData::issuedOn),
                            Column.unit(DocumentData::unit),
                            Column.<DocumentData>text("document.issuer", "issuer", DocumentData::issuer)
                                    .excelOnly(),
                            Column.number("document.tasks", null, d -> d.tasks().size()),
                            Column.<DocumentData>number("document.tasks.open", null, d -> d.tasks().stream()
                                            .filter(t -> t.doneOn() == null)
                                            .count())
                                    .excelOnly()))
            .sorted(Sort.by(Sort.Direction.DESC, "issuedOn"), Sort.by("issuedOn"));

    private DocumentColumns() {}
}
