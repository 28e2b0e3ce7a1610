/**
 * Excel workbooks in and out of the dataset document. Templates for every section ({@code GET
 * /api/v1/templates/{section}.xlsx}) and the export of a unit's records as a workbook ({@code GET
 * /api/v1/dataset.xlsx}) are written from the sections' item types ({@link
 * vn.doingoai.workbook.Columns}: one column per field, headings from the message files, drop-down
 * lists for enumerations, units, countries and partners); a workbook posted to the dataset import
 * is read by a streaming reader into the document's JSON tree and imported by the dataset's own
 * engine ({@link vn.doingoai.workbook.WorkbookFormat}), its problems named by sheet, row and column.
 * No module depends on this one.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"common", "dataset", "partner", "unit", "user", "web"})
package vn.doingoai.workbook;
