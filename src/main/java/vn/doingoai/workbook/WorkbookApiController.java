package vn.doingoai.workbook;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.doingoai.common.ExcelExport;
import vn.doingoai.user.Access;

/**
 * {@code GET /api/v1/templates/{section}.xlsx}: the Excel template of a section of the dataset
 * document; {@code GET /api/v1/dataset.xlsx?unit=CODE}: a unit's records in the same form, which
 * the dataset import takes back ({@code POST /api/v1/dataset} with the workbook as its body).
 */
@RestController
class WorkbookApiController {

    private final Workbooks workbooks;
    private final Access access;

    WorkbookApiController(Workbooks workbooks, Access access) {
        this.workbooks = workbooks;
        this.access = access;
    }

    @GetMapping("/api/v1/templates/{section}.xlsx")
    ResponseEntity<byte[]> template(@PathVariable String section) {
        byte[] workbook = workbooks.template(section);
        return ExcelExport.download(section + ".xlsx", workbook);
    }

    @GetMapping("/api/v1/dataset.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String unit) {
        String code = unit == null || unit.isBlank() ? access.current().unitCode() : unit.strip();
        return ExcelExport.download(
                "doingoai-" + code.replaceAll("[^A-Za-z0-9_-]", "") + ".xlsx", workbooks.export(code));
    }
}
