package vn.doingoai.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The sections that came after the workbooks (units, documents with their tasks, trainings, news,
 * NGO registrations, letters, overseas donations, border gates with their closures, incidents,
 * friendship pairs) go out as a workbook and come back the same, and a workbook filled in by hand
 * names their partners and units by name. A task's progress notes are not in the workbook and are
 * kept when it is imported again. Unit 44 (Quảng Trị, a border province) and units made here.
 */
class WorkbookNewSectionsTests extends WorkbookTesting {

    static final String DOCUMENT =
            """
            {"format": "doingoai-dataset/1",
             "units": [
               {"code": "44-S17-SNGV", "parent": "44", "level": "AGENCY", "name": "Sở Ngoại vụ Quảng Trị (s17)"},
               {"code": "44-S17-X1", "parent": "44", "level": "COMMUNE", "name": "Xã Lao Bảo (s17)"}],
             "partners": [
               {"ref": "s17-p-loc", "kind": "FOREIGN_LOCALITY", "name": "Savannakhet Province s17",
                "nameVi": "Tỉnh Savannakhet (s17)", "country": "LA", "unit": "44"},
               {"ref": "s17-p-ngo", "kind": "FOREIGN_NGO", "name": "Good Water Fund s17", "country": "US", "unit": "44"},
               {"ref": "s17-p-assoc", "kind": "OVERSEAS_VIETNAMESE_ASSOCIATION", "name": "Hội người Việt Nam tại Savannakhet (s17)",
                "country": "LA", "unit": "44"}],
             "documents": [
               {"ref": "s17-k1", "unit": "44", "kind": "PLAN", "number": "17/KH-UBND", "issuedOn": "2025-02-10",
                "issuer": "UBND tỉnh", "title": "Kế hoạch công tác đối ngoại năm 2025 (s17)",
                "tasks": [
                  {"ref": "s17-k1-t1", "assignee": "44-S17-SNGV", "title": "Đón đoàn; làm việc với tỉnh Savannakhet",
                   "dueOn": "2025-06-30"},
                  {"ref": "s17-k1-t2", "assignee": "44", "title": "Báo cáo kết quả - sơ kết 6 tháng",
                   "dueOn": "2025-07-15", "doneOn": "2025-07-10"}]}],
             "trainings": [
               {"ref": "s17-tr1", "unit": "44", "title": "Lớp bồi dưỡng kiến thức đối ngoại (s17)", "startDate": "2025-03-10",
                "endDate": "2025-03-12", "trainees": 45, "organiser": "Sở Ngoại vụ", "location": "Đông Hà"}],
             "news": [
               {"ref": "s17-n1", "unit": "44", "language": "en", "title": "Quang Tri welcomes Savannakhet (s17)",
                "summary": "A delegation visited.", "body": "<p>The delegation <strong>met</strong> the province.</p>",
                "status": "DRAFT"}],
             "ngoRegistrations": [
               {"ref": "s17-r1", "unit": "44", "ngo": "s17-p-ngo", "kind": "OPERATION", "number": "12/GĐK",
                "validFrom": "2024-01-01", "validTo": "2028-12-31", "area": "Nước sạch, huyện Hướng Hóa"}],
             "letters": [
               {"ref": "s17-l1", "unit": "44", "direction": "SENT", "date": "2025-01-20", "occasion": "HOLIDAY",
                "partners": ["s17-p-loc", "s17-p-assoc"], "subject": "Thư chúc Tết (s17)"}],
             "overseasDonations": [
               {"ref": "s17-o1", "unit": "44", "donor": "s17-p-assoc", "receivedOn": "2025-02-01",
                "purpose": "Ủng hộ học sinh nghèo", "value": {"amount": 1234.5, "currency": "EUR"}},
               {"ref": "s17-o2", "unit": "44", "donorName": "Ông Nguyễn Văn Kiều", "receivedOn": "2025-02-03",
                "value": {"amount": 5000000, "currency": "VND"}}],
             "borderGates": [
               {"ref": "s17-b1", "unit": "44", "name": "Lao Bảo (s17)", "kind": "INTERNATIONAL", "country": "LA",
                "counterpart": "Đen Sạ Vẳn",
                "closures": [{"from": "2020-03-30", "to": "2020-09-01", "reason": "Phòng, chống dịch COVID-19"},
                             {"from": "2025-10-01", "reason": "Sửa chữa đường; nâng cấp bãi xe"}]}],
             "borderIncidents": [
               {"ref": "s17-x1", "unit": "44", "gate": "s17-b1", "date": "2025-04-02", "summary": "Xe hàng mắc kẹt (s17)",
                "resolvedOn": "2025-04-03", "resolution": "Đã giải quyết"}],
             "friendshipPairs": [
               {"ref": "s17-f1", "unit": "44-S17-X1", "partner": "s17-p-loc", "establishedOn": "2024-10-01",
                "notes": "Kết nghĩa cụm bản (s17)"}]
            }""";

    @Test
    void theNewSectionsGoOutAsAWorkbookAndComeBackTheSameKeepingTheTasksNotes() throws Exception {
        api.importDataset(DOCUMENT);
        long documentId = api.json(api.get("/api/v1/documents?unit=44&q=17/KH-UBND"))
                .get("items")
                .get(0)
                .get("id")
                .asLong();
        long taskId = api.json(api.get("/api/v1/documents/" + documentId))
                .get("tasks")
                .get(0)
                .get("id")
                .asLong();
        api.post("/api/v1/tasks/" + taskId + "/notes", Map.of("text", "Đã gửi thư mời (s17)"))
                .andExpect(status().is2xxSuccessful());
        JsonNode before = api.json(api.get("/api/v1/dataset?unit=44"));

        byte[] workbook = calls.get("/api/v1/dataset.xlsx?unit=44");
        try (XSSFWorkbook opened = Sheets.open(workbook)) {
            assertThat(Sheets.cell(opened, "documents", "s17-k1", "tasks"))
                    .isEqualTo("s17-k1-t1; 44-S17-SNGV; Đón đoàn; làm việc với tỉnh Savannakhet; 30/06/2025\n"
                            + "s17-k1-t2; 44; Báo cáo kết quả - sơ kết 6 tháng; 15/07/2025; 10/07/2025");
            assertThat(Sheets.cell(opened, "borderGates", "s17-b1", "closures"))
                    .isEqualTo("30/03/2020; 01/09/2020; Phòng, chống dịch COVID-19\n"
                            + "01/10/2025; ; Sửa chữa đường; nâng cấp bãi xe");
            assertThat(Sheets.cell(opened, "letters", "s17-l1", "partners"))
                    .isEqualTo("Tỉnh Savannakhet (s17), Hội người Việt Nam tại Savannakhet (s17)");
            assertThat(Sheets.cell(opened, "ngoRegistrations", "s17-r1", "ngo")).isEqualTo("Good Water Fund s17");
        }

        JsonNode unchanged = api.json(calls.post(workbook, "?dryRun=true").andExpect(status().isOk()));
        assertThat(unchanged.get("created").asInt()).isZero();
        assertThat(unchanged.get("updated").asInt()).isZero();
        api.json(calls.post(workbook, "").andExpect(status().isOk()));
        assertThat(api.json(api.get("/api/v1/dataset?unit=44"))).isEqualTo(before);
        assertThat(api.json(api.get("/api/v1/documents/" + documentId))
                        .at("/tasks/0/notes/0/text")
                        .asString())
                .as("the notes the workbook has no column for are kept")
                .isEqualTo("Đã gửi thư mời (s17)");
    }

    @Test
    void aWorkbookFilledInByHandNamesPartnersAndUnitsByName() throws Exception {
        api.post(
                        "/api/v1/partners",
                        Map.of(
                                "ref", "s17h-p-loc",
                                "kind", "FOREIGN_LOCALITY",
                                "name", "Salavan Province s17h",
                                "nameVi", "Tỉnh Salavan (s17h)",
                                "country", "LA",
                                "unit", "44"))
                .andExpect(status().isCreated());
        api.post(
                        "/api/v1/units",
                        Map.of("code", "44-S17H-EMPTY", "parent", "44", "level", "AGENCY", "name", "Ban trống (s17h)"))
                .andExpect(status().isCreated());
        // the records of a unit without any: every section's sheet, empty
        XSSFWorkbook workbook = Sheets.open(calls.get("/api/v1/dataset.xlsx?unit=44-S17H-EMPTY"));
        Sheets.append(
                workbook.getSheet("units"),
                "code",
                "44-S17H-X2",
                "parent",
                "Tỉnh Quảng Trị (44)",
                "level",
                "Xã, phường",
                "name",
                "Xã Tân Long (s17h)");
        Sheets.append(
                workbook.getSheet("partners"),
                "ref",
                "s17h-p-ngo",
                "kind",
                "Tổ chức phi chính phủ nước ngoài",
                "name",
                "Clean Rivers Foundation s17h",
                "country",
                "Lào",
                "unit",
                "44");
        Sheets.append(
                workbook.getSheet("documents"),
                "ref",
                "s17h-k1",
                "unit",
                "Tỉnh Quảng Trị (44)",
                "kind",
                "Kế hoạch",
                "number",
                "18/KH-UBND",
                "issuedOn",
                "10/02/2025",
                "title",
                "Kế hoạch đón đoàn Salavan (s17h)",
                "tasks",
                "s17h-t1; 44-S17H-X2; Chuẩn bị; đón tiếp đoàn; 30/06/2025\n; 44; Báo cáo kết quả; 15/07/2025");
        Sheets.append(
                workbook.getSheet("ngoRegistrations"),
                "ref",
                "s17h-r1",
                "unit",
                "44",
                "ngo",
                "Clean Rivers Foundation s17h",
                "kind",
                "Giấy đăng ký hoạt động",
                "validFrom",
                "01/01/2025");
        Sheets.append(
                workbook.getSheet("friendshipPairs"),
                "ref",
                "s17h-f1",
                "unit",
                "Xã Tân Long (s17h)",
                "partner",
                "tinh salavan (s17h)",
                "establishedOn",
                "01/10/2024");
        Sheets.append(
                workbook.getSheet("overseasDonations"),
                "ref",
                "s17h-o1",
                "unit",
                "44",
                "donorName",
                "Bà Lê Thị Hoa",
                "receivedOn",
                "05/02/2025",
                "value.amount",
                "1.234.567,5",
                "value.currency",
                "vnd");
        Sheets.append(
                workbook.getSheet("news"),
                "ref",
                "s17h-n1",
                "unit",
                "44",
                "language",
                "VI",
                "title",
                "Đoàn tỉnh Salavan thăm Quảng Trị (s17h)",
                "status",
                "Bản nháp");
        Sheets.append(
                workbook.getSheet("borderGates"),
                "ref",
                "s17h-b1",
                "unit",
                "44",
                "name",
                "La Lay (s17h)",
                "kind",
                "Cửa khẩu quốc tế",
                "country",
                "Lào",
                "closures",
                "01/02/2020 - 15/03/2020 - Dịch bệnh\n10/10/2025; ; Sửa đường");

        JsonNode result = api.json(calls.post(Sheets.bytes(workbook), "").andExpect(status().isOk()));
        assertThat(result.get("created").asInt()).isEqualTo(8);

        JsonNode dataset = api.json(api.get("/api/v1/dataset?unit=44"));
        JsonNode document = item(dataset, "documents", "s17h-k1");
        assertThat(document.at("/tasks/0/assignee").asString()).isEqualTo("44-S17H-X2");
        assertThat(document.at("/tasks/0/title").asString()).isEqualTo("Chuẩn bị; đón tiếp đoàn");
        assertThat(document.at("/tasks/0/dueOn").asString()).isEqualTo("2025-06-30");
        assertThat(document.at("/tasks/1/assignee").asString()).isEqualTo("44");
        assertThat(document.get("kind").asString()).isEqualTo("PLAN");
        assertThat(item(dataset, "ngoRegistrations", "s17h-r1").get("ngo").asString())
                .isEqualTo("s17h-p-ngo");
        assertThat(item(dataset, "friendshipPairs", "s17h-f1").get("partner").asString())
                .isEqualTo("s17h-p-loc");
        assertThat(item(dataset, "overseasDonations", "s17h-o1")
                        .at("/value/amount")
                        .decimalValue())
                .isEqualByComparingTo("1234567.5");
        assertThat(item(dataset, "overseasDonations", "s17h-o1")
                        .at("/value/currency")
                        .asString())
                .isEqualTo("VND");
        assertThat(item(dataset, "news", "s17h-n1").get("language").asString()).isEqualTo("vi");
        JsonNode gate = item(dataset, "borderGates", "s17h-b1");
        assertThat(gate.get("country").asString()).isEqualTo("LA");
        assertThat(gate.at("/closures/0/to").asString()).isEqualTo("2020-03-15");
        assertThat(gate.at("/closures/0/reason").asString()).isEqualTo("Dịch bệnh");
        assertThat(gate.at("/closures/1/to").isMissingNode()
                        || gate.at("/closures/1/to").isNull())
                .isTrue();
        assertThat(gate.at("/closures/1/reason").asString()).isEqualTo("Sửa đường");
        assertThat(item(dataset, "units", "44-S17H-X2").get("level").asString()).isEqualTo("COMMUNE");
    }

    @Test
    void aColumnForWhatALineCannotHoldIsAProblemAtItsHeading() throws Exception {
        XSSFWorkbook workbook = Sheets.open(calls.template("documents"));
        Sheet sheet = workbook.getSheet("documents");
        int last = sheet.getRow(0).getLastCellNum();
        sheet.getRow(0).createCell(last).setCellValue("Tiến độ [tasks.notes]");
        Sheets.put(sheet, 3, "ref", "s17n-k1");
        JsonNode problem = api.json(calls.post(Sheets.bytes(workbook), "").andExpect(status().isBadRequest()))
                .get("errors")
                .get(0);
        assertThat(problem.get("sheet").asString()).isEqualTo("documents");
        assertThat(problem.get("row").asInt()).isEqualTo(1);
        assertThat(problem.get("column").asString())
                .isEqualTo(org.apache.poi.ss.util.CellReference.convertNumToColString(last));
        assertThat(problem.get("message").asString()).contains("Tiến độ [tasks.notes]");
    }

    @Test
    void aTextLongerThanACellHoldsIsExportedCutAndSaysSo() throws Exception {
        String body = "<p>" + "Quảng Trị đón đoàn Savannakhet. ".repeat(1_200) + "</p>";
        api.importDataset(
                """
                {"format": "doingoai-dataset/1",
                 "news": [{"ref": "s17c-n1", "unit": "44", "language": "vi", "title": "Bài dài (s17c)",
                           "body": "%s", "status": "DRAFT"}]}"""
                        .formatted(body));
        try (XSSFWorkbook opened = Sheets.open(calls.get("/api/v1/dataset.xlsx?unit=44"))) {
            String cell = Sheets.cell(opened, "news", "s17c-n1", "body");
            assertThat(cell).hasSize(WorkbookWriter.CELL_TEXT).startsWith("<p>Quảng Trị đón đoàn");
            assertThat(cell).endsWith("hãy nhập văn bản đầy đủ bằng tệp JSON hoặc trên trang]");
        }
    }

    // ---- helpers

    /** An item of a section of the dataset document, by its ref (a unit by its code). */
    private static JsonNode item(JsonNode dataset, String section, String ref) {
        for (JsonNode item : dataset.get(section)) {
            JsonNode key = item.has("ref") ? item.get("ref") : item.get("code");
            if (ref.equals(key.asString())) {
                return item;
            }
        }
        throw new AssertionError("No " + ref + " in " + section);
    }
}
