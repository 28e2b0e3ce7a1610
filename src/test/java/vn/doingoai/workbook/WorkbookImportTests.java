package vn.doingoai.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import vn.doingoai.common.ExcelExport;

/**
 * Workbooks posted to {@code POST /api/v1/dataset} are imported by the dataset's own engine: all or
 * nothing, by ref, with a dry run, every problem named by its path and its cell. Units 38 (Thanh
 * Hóa) and 58 (Ninh Thuận).
 */
class WorkbookImportTests extends WorkbookTesting {

    static final String OFFICER58 = "wb-officer58";
    static final String VIEWER58 = "wb-viewer58";
    static final String PASSWORD = "workbook-pw";

    @BeforeEach
    void setUp() throws Exception {
        api.post("/api/v1/users", Map.of("username", OFFICER58, "password", PASSWORD, "role", "OFFICER", "unit", "58"));
        api.post("/api/v1/users", Map.of("username", VIEWER58, "password", PASSWORD, "role", "VIEWER", "unit", "58"));
    }

    @Test
    void theDelegationsTemplateFilledInIsRefusedAtItsBadCellThenImportedAndCounted() throws Exception {
        XSSFWorkbook workbook = Sheets.open(calls.template("delegations"));
        Sheet sheet = workbook.getSheet("delegations");
        delegation(sheet, 3, "wb38-d1", "Tỉnh Thanh Hóa", "Đoàn ra");
        Sheets.put(sheet, 3, "countries", "Hàn Quốc, JP");
        Sheets.put(sheet, 3, "startDate", LocalDate.of(2024, 3, 4));
        Sheets.put(sheet, 3, "endDate", LocalDate.of(2024, 3, 8));
        Sheets.put(
                sheet, 3, "members", "Lê Văn Nam - Phó Chủ tịch - UBND tỉnh\nPhạm Thị Hoa - Chuyên viên - Sở Ngoại vụ");
        delegation(sheet, 4, "wb38-d2", "38", "OUTGOING");
        Sheets.put(sheet, 4, "startDate", "10/05/2024");
        Sheets.put(sheet, 4, "endDate", "05/05/2024");
        delegation(sheet, 5, "wb38-d3", "Thanh Hóa", "đoàn ra");
        Sheets.put(sheet, 5, "startDate", "2024-06-10");
        Sheets.put(sheet, 5, "memberCount", 4);
        String endDate = letter(sheet, "endDate");

        JsonNode refused = api.json(calls.post(Sheets.bytes(workbook), "").andExpect(status().isBadRequest()));
        assertThat(refused.get("errors")).hasSize(1);
        JsonNode problem = refused.get("errors").get(0);
        assertThat(problem.get("field").asString()).isEqualTo("delegations[1].endDate");
        assertThat(problem.get("sheet").asString()).isEqualTo("delegations");
        assertThat(problem.get("row").asInt()).isEqualTo(4);
        assertThat(problem.get("column").asString()).isEqualTo(endDate);
        assertThat(problem.get("message").asString()).isNotBlank();
        assertThat(total("/api/v1/delegations?unit=38")).as("all or nothing").isZero();

        sheet.removeRow(sheet.getRow(3));
        byte[] corrected = Sheets.bytes(workbook);
        JsonNode dryRun = api.json(calls.post(corrected, "?dryRun=true").andExpect(status().isOk()));
        assertThat(dryRun.get("created").asInt()).isEqualTo(2);
        assertThat(total("/api/v1/delegations?unit=38"))
                .as("a dry run saves nothing")
                .isZero();

        JsonNode imported = api.json(calls.post(corrected, "").andExpect(status().isOk()));
        assertThat(imported.get("created").asInt()).isEqualTo(2);
        assertThat(imported.get("updated").asInt()).isZero();
        JsonNode again = api.json(calls.post(corrected, "").andExpect(status().isOk()));
        assertThat(again.get("created").asInt()).as("matched by ref").isZero();
        assertThat(again.get("updated").asInt()).isZero();

        JsonNode summary = api.json(api.get("/api/v1/reports/summary?unit=38&from=2024-01-01&to=2024-12-31"));
        assertThat(summary.at("/figures/delegations.outgoing/value").asInt()).isEqualTo(2);
        assertThat(summary.at("/figures/delegations.outgoing.persons/value").asInt())
                .isEqualTo(6);

        JsonNode first = api.json(api.get("/api/v1/delegations?unit=38&q=wb38 one"))
                .get("items")
                .get(0);
        assertThat(first.get("countries").toString()).isEqualTo("[\"KR\",\"JP\"]");
        assertThat(first.get("status").asString()).isEqualTo("DONE");
        assertThat(first.get("members").get(1).get("name").asString()).isEqualTo("Phạm Thị Hoa");
        assertThat(first.get("members").get(1).get("position").asString()).isEqualTo("Chuyên viên");
        assertThat(first.get("members").get(1).get("organization").asString()).isEqualTo("Sở Ngoại vụ");
    }

    private static void delegation(Sheet sheet, int row, String ref, String unit, String direction) {
        Sheets.put(sheet, row, "ref", ref);
        Sheets.put(sheet, row, "unit", unit);
        Sheets.put(sheet, row, "direction", direction);
        Sheets.put(sheet, row, "title", "Đoàn " + ref.replace("wb38-d1", "wb38 one") + " công tác");
        Sheets.put(sheet, row, "status", "Đã thực hiện");
    }

    @Test
    void datesAndVietnameseAmountsWrittenAsTextAreRead() throws Exception {
        XSSFWorkbook workbook = Sheets.open(calls.template("investments"));
        Sheet sheet = workbook.getSheet("investments");
        Sheets.put(sheet, 3, "ref", "wb58-i1");
        Sheets.put(sheet, 3, "unit", "58");
        Sheets.put(sheet, 3, "name", "Nhà máy điện gió Ninh Thuận");
        Sheets.put(sheet, 3, "country", "Singapore");
        Sheets.put(sheet, 3, "registeredOn", "02/04/2021");
        Sheets.put(sheet, 3, "capital.amount", "1.234.567,5");
        Sheets.put(sheet, 3, "capital.currency", "usd");
        Sheets.put(sheet, 3, "status", "Đang hoạt động");
        Sheets.put(sheet, 3, "adjustments", "01/07/2021; 10.000.000; USD\n1/10/2021 - -2.000.000,25 - USD");
        Sheets.put(sheet, 3, "workers", "1.200");
        Sheets.put(sheet, 4, "ref", "wb58-i2");
        Sheets.put(sheet, 4, "unit", "Tỉnh Ninh Thuận");
        Sheets.put(sheet, 4, "name", "Nhà máy pin mặt trời");
        Sheets.put(sheet, 4, "registeredOn", LocalDate.of(2022, 5, 6));
        Sheets.put(sheet, 4, "capital.amount", 7500000);
        Sheets.put(sheet, 4, "capital.currency", "USD");
        Sheets.put(sheet, 4, "status", "ACTIVE");
        Sheets.put(sheet, 5, "ref", "wb58-i3");
        Sheets.put(sheet, 5, "unit", "58");
        Sheets.put(sheet, 5, "name", "Khu du lịch biển");
        Sheets.put(sheet, 5, "registeredOn", "2023-01-15");
        Sheets.put(sheet, 5, "capital.amount", "2500000.75");
        Sheets.put(sheet, 5, "capital.currency", "EUR");
        Sheets.put(sheet, 5, "status", "Tạm ngừng");

        api.json(calls.post(Sheets.bytes(workbook), "").andExpect(status().isOk()));

        JsonNode first = one("/api/v1/investments?unit=58&q=dien gio");
        assertThat(first.get("registeredOn").asString()).isEqualTo("2021-04-02");
        assertThat(first.at("/capital/amount").decimalValue()).isEqualByComparingTo("1234567.5");
        assertThat(first.at("/capital/currency").asString()).isEqualTo("USD");
        assertThat(first.get("country").asString()).isEqualTo("SG");
        assertThat(first.get("workers").asInt()).isEqualTo(1200);
        assertThat(first.at("/adjustments/0/date").asString()).isEqualTo("2021-07-01");
        assertThat(first.at("/adjustments/0/capitalChange/amount").decimalValue())
                .isEqualByComparingTo("10000000");
        assertThat(first.at("/adjustments/1/date").asString()).isEqualTo("2021-10-01");
        assertThat(first.at("/adjustments/1/capitalChange/amount").decimalValue())
                .isEqualByComparingTo(new BigDecimal("-2000000.25"));
        JsonNode second = one("/api/v1/investments?unit=58&q=pin mat troi");
        assertThat(second.get("registeredOn").asString()).isEqualTo("2022-05-06");
        assertThat(second.at("/capital/amount").decimalValue()).isEqualByComparingTo("7500000");
        JsonNode third = one("/api/v1/investments?unit=58&q=khu du lich bien");
        assertThat(third.get("registeredOn").asString()).isEqualTo("2023-01-15");
        assertThat(third.at("/capital/amount").decimalValue()).isEqualByComparingTo("2500000.75");
        assertThat(third.get("status").asString()).isEqualTo("SUSPENDED");
    }

    @Test
    void unreadableCellsAreProblemsAtTheirCellsWithTheRestChecked() throws Exception {
        XSSFWorkbook workbook = Sheets.open(calls.template("aid"));
        Sheet sheet = workbook.getSheet("aid");
        Sheets.put(sheet, 3, "ref", "wb58-g1");
        Sheets.put(sheet, 3, "unit", "58");
        Sheets.put(sheet, 3, "kind", "Viện trợ gì đó");
        Sheets.put(sheet, 3, "title", "Dự án nước sạch");
        Sheets.put(sheet, 3, "startDate", "31/02/2021");
        Sheets.put(sheet, 3, "transactions", "Cam kết; 01/02/2021; 1,234.5; USD");
        Sheets.put(sheet, 4, "ref", "wb58-g2");
        Sheets.put(sheet, 4, "unit", "58");
        Sheets.put(sheet, 4, "kind", "PROJECT");
        Sheets.put(sheet, 4, "startDate", "01/03/2021");

        JsonNode errors = api.json(calls.post(Sheets.bytes(workbook), "").andExpect(status().isBadRequest()))
                .get("errors");
        assertThat(fields(errors))
                .containsExactlyInAnyOrder(
                        "aid[0].kind @ " + letter(sheet, "kind") + "3",
                        "aid[0].startDate @ " + letter(sheet, "startDate") + "3",
                        "aid[0].transactions[0].value.amount @ " + letter(sheet, "transactions") + "3",
                        "aid[1].title @ " + letter(sheet, "title") + "4");
        assertThat(errors.toString()).contains("31/02/2021").contains("Viện trợ gì đó");
        assertThat(total("/api/v1/aid?unit=58&q=nuoc sach")).isZero();
    }

    @Test
    void formulasAreReadAsTheValuesExcelStoredNeverComputedHere() throws Exception {
        XSSFWorkbook workbook = Sheets.open(calls.template("entryApprovals"));
        Sheet sheet = workbook.getSheet("entryApprovals");
        Sheets.put(sheet, 3, "ref", "wb58-x1");
        Sheets.put(sheet, 3, "unit", "58");
        Sheets.put(sheet, 3, "decidedOn", LocalDate.of(2021, 5, 4)).setCellFormula("DATE(2021,5,4)");
        Sheets.put(sheet, 3, "approved", 0).setCellFormula("10+2");
        Sheets.put(sheet, 3, "received", 0).setCellFormula("5*2");
        Sheets.put(sheet, 3, "purpose", "x").setCellFormula("\"Làm việc \"&\"dự án\"");
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll(); // Excel stores the values so
        JsonNode ok = api.json(calls.post(Sheets.bytes(workbook), "").andExpect(status().isOk()));
        assertThat(ok.get("created").asInt()).isEqualTo(1);
        JsonNode approval = one("/api/v1/entry-approvals?unit=58&q=wb58-x1");
        assertThat(approval.get("decidedOn").asString()).isEqualTo("2021-05-04");
        assertThat(approval.get("approved").asInt()).isEqualTo(12);
        assertThat(approval.get("received").asInt()).isEqualTo(10);
        assertThat(approval.get("purpose").asString()).isEqualTo("Làm việc dự án");

        XSSFWorkbook uncomputed = Sheets.open(calls.template("entryApprovals"));
        Sheet other = uncomputed.getSheet("entryApprovals");
        Sheets.put(other, 3, "ref", "wb58-x2");
        Sheets.put(other, 3, "unit", "58");
        Sheets.put(other, 3, "decidedOn", LocalDate.of(2021, 6, 1));
        Sheets.put(other, 3, "approved", 0).setCellFormula("10+2"); // a program's formula: no stored value
        Sheets.put(other, 3, "received", 0).setCellFormula("NA()");
        uncomputed
                .getCreationHelper()
                .createFormulaEvaluator()
                .evaluateFormulaCell(other.getRow(2).getCell(Sheets.column(other, "received")));
        var approved =
                (org.apache.poi.xssf.usermodel.XSSFCell) other.getRow(2).getCell(Sheets.column(other, "approved"));
        if (approved.getCTCell().isSetV()) {
            approved.getCTCell().unsetV(); // as a program writes a formula: without its value
        }
        JsonNode errors = api.json(calls.post(Sheets.bytes(uncomputed), "").andExpect(status().isBadRequest()))
                .get("errors");
        assertThat(fields(errors))
                .contains(
                        "entryApprovals[0].approved @ " + letter(other, "approved") + "3",
                        "entryApprovals[0].received @ " + letter(other, "received") + "3");
        assertThat(errors.toString()).contains("#N/A");
    }

    @Test
    void aWorkbookSentAsAnyTypeIsKnownByItsFirstBytesAndJsonProblemsStayAsTheyWere() throws Exception {
        XSSFWorkbook workbook = Sheets.open(calls.template("pressVisits"));
        Sheet sheet = workbook.getSheet("pressVisits");
        Sheets.put(sheet, 3, "ref", "wb58-v1");
        Sheets.put(sheet, 3, "unit", "58");
        Sheets.put(sheet, 3, "startDate", "01/04/2021");
        Sheets.put(sheet, 3, "countries", "Nhật Bản, Hàn Quốc");
        Sheets.put(sheet, 3, "members", 3);
        api.perform(post("/api/v1/dataset")
                        .contentType(MediaType.APPLICATION_OCTET_STREAM)
                        .content(Sheets.bytes(workbook)))
                .andExpect(status().isOk());
        assertThat(one("/api/v1/press-visits?unit=58&q=wb58-v1")
                        .get("countries")
                        .toString())
                .isEqualTo("[\"JP\",\"KR\"]");

        JsonNode jsonProblem = api.json(api.post(
                                "/api/v1/dataset",
                                "{\"format\":\"doingoai-dataset/1\",\"pressVisits\":[{\"ref\":\"wb58-v2\",\"unit\":\"58\"}]}")
                        .andExpect(status().isBadRequest()))
                .get("errors")
                .get(0);
        assertThat(jsonProblem.propertyNames()).containsExactly("field", "message");
    }

    @Test
    void rightsApplyAsInTheJsonImport() throws Exception {
        XSSFWorkbook workbook = Sheets.open(calls.template("pressVisits"));
        Sheet sheet = workbook.getSheet("pressVisits");
        Sheets.put(sheet, 3, "ref", "wb58-v3");
        Sheets.put(sheet, 3, "unit", "Tỉnh Thanh Hóa");
        Sheets.put(sheet, 3, "startDate", "01/04/2021");
        JsonNode problem = api.json(api.as(OFFICER58, PASSWORD)
                        .perform(post("/api/v1/dataset")
                                .contentType(ExcelExport.XLSX)
                                .content(Sheets.bytes(workbook)))
                        .andExpect(status().isBadRequest()))
                .get("errors")
                .get(0);
        assertThat(problem.get("field").asString()).isEqualTo("pressVisits[0].unit");
        assertThat(problem.get("column").asString()).isEqualTo(letter(sheet, "unit"));
        assertThat(problem.get("row").asInt()).isEqualTo(3);

        api.as(VIEWER58, PASSWORD)
                .perform(post("/api/v1/dataset").contentType(ExcelExport.XLSX).content(Sheets.bytes(workbook)))
                .andExpect(status().isForbidden());
    }

    @Test
    void partnersAreNamedByNameAlsoWhenTheSameWorkbookBringsThem() throws Exception {
        api.post(
                        "/api/v1/partners",
                        Map.of(
                                "ref",
                                "wb58-p-osaka",
                                "kind",
                                "FOREIGN_LOCALITY",
                                "name",
                                "Osaka Prefecture",
                                "nameVi",
                                "Tỉnh Osaka",
                                "unit",
                                "58"))
                .andExpect(status().isCreated());
        XSSFWorkbook workbook = Sheets.open(api.get("/api/v1/dataset.xlsx?unit=58")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
        Sheet partners = workbook.getSheet("partners");
        int free = partners.getLastRowNum() + 2;
        Sheets.put(partners, free, "ref", "wb58-p-gyeonggi");
        Sheets.put(partners, free, "kind", "Địa phương nước ngoài");
        Sheets.put(partners, free, "name", "Gyeonggi Province");
        Sheets.put(partners, free, "nameVi", "Tỉnh Gyeonggi");
        Sheets.put(partners, free, "country", "Hàn Quốc");
        Sheets.put(partners, free, "unit", "58");
        Sheet events = workbook.getSheet("events");
        int row = events.getLastRowNum() + 2;
        Sheets.put(events, row, "ref", "wb58-e1");
        Sheets.put(events, row, "unit", "58");
        Sheets.put(events, row, "title", "Hội nghị xúc tiến đầu tư Ninh Thuận");
        Sheets.put(events, row, "type", "Xúc tiến thương mại, đầu tư");
        Sheets.put(events, row, "format", "Trực tiếp kết hợp trực tuyến");
        Sheets.put(events, row, "role", "Chủ trì tổ chức");
        Sheets.put(events, row, "startDate", "15/09/2023");
        Sheets.put(events, row, "partners", "Tỉnh Gyeonggi, tinh osaka");
        Sheets.put(events, row, "bridgePoints", "Suwon; Hàn Quốc\nOsaka - JP");

        api.json(calls.post(Sheets.bytes(workbook), "").andExpect(status().isOk()));
        JsonNode event = one("/api/v1/events?unit=58&q=xuc tien dau tu ninh thuan");
        assertThat(event.get("partners").toString()).isEqualTo("[\"wb58-p-gyeonggi\",\"wb58-p-osaka\"]");
        assertThat(event.get("type").asString()).isEqualTo("TRADE_PROMOTION");
        assertThat(event.at("/bridgePoints/1/place").asString()).isEqualTo("Osaka");
        assertThat(event.at("/bridgePoints/1/country").asString()).isEqualTo("JP");
    }

    // ---- helpers

    private int total(String url) throws Exception {
        return api.json(api.get(url).andExpect(status().isOk())).get("total").asInt();
    }

    private JsonNode one(String url) throws Exception {
        JsonNode list = api.json(api.get(url).andExpect(status().isOk()));
        assertThat(list.get("total").asInt()).as(url).isEqualTo(1);
        return list.get("items").get(0);
    }

    static String letter(Sheet sheet, String field) {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(Sheets.column(sheet, field));
    }

    /** "field @ cell" of each problem. */
    static List<String> fields(JsonNode errors) {
        List<String> places = new ArrayList<>();
        errors.forEach(e -> places.add(e.get("field").asString() + " @ "
                + (e.get("column") == null ? "" : e.get("column").asString())
                + (e.get("row") == null ? "" : e.get("row").asString())));
        return places;
    }
}
