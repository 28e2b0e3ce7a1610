package vn.doingoai.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.common.ExcelExport;
import vn.doingoai.support.Api;

/**
 * A unit's records exported as a workbook ({@code GET /api/v1/dataset.xlsx}) import back as the
 * same records: unchanged into the unit they came from, and whole into the unit emptied of them
 * (unit 60, Bình Thuận).
 */
@SpringBootTest
@AutoConfigureMockMvc
class WorkbookRoundTripTests {

    static final String DOCUMENT =
            """
            {"format": "doingoai-dataset/1",
             "partners": [
               {"ref": "rt60-p1", "kind": "FOREIGN_LOCALITY", "name": "Gangwon State", "nameVi": "Tỉnh Gangwon",
                "country": "KR", "unit": "60", "notes": "Kết nghĩa từ 2019",
                "contacts": [{"name": "Park Ji-hoon", "position": "Director", "email": "park@gangwon.kr", "phone": "+82 33 249 2000"}]},
               {"ref": "rt60-p2", "kind": "ENTERPRISE", "name": "Sun Power Co., Ltd.", "country": "JP", "parent": "rt60-p1", "unit": "60"}],
             "agreements": [
               {"ref": "rt60-a1", "unit": "60", "level": "PROVINCE", "title": "Biên bản ghi nhớ hợp tác", "partners": ["rt60-p1"],
                "signedOn": "2021-08-09", "validFrom": "2021-08-09", "validTo": "2025-12-31", "fields": ["AGRICULTURE", "EDUCATION"],
                "status": "SIGNED", "signatory": "Chủ tịch UBND tỉnh", "decisionNumber": "123/QĐ-UBND", "decisionDate": "2021-08-01"}],
             "delegations": [
               {"ref": "rt60-d1", "unit": "60", "direction": "OUTGOING", "title": "Đoàn công tác Hàn Quốc",
                "purpose": "Xúc tiến đầu tư;\\nlàm việc với đối tác", "countries": ["KR", "JP"], "partners": ["rt60-p1", "rt60-p2"],
                "startDate": "2021-03-01", "endDate": "2021-03-05", "fundingSource": "Ngân sách tỉnh",
                "members": [{"name": "Nguyễn Văn A", "position": "Phó Chủ tịch", "organization": "UBND tỉnh"},
                            {"name": "Trần Thị B", "organization": "Sở Ngoại vụ - tỉnh Bình Thuận"}],
                "status": "DONE", "decisionNumber": "45/QĐ-UBND", "decisionDate": "2021-02-20", "reportText": "Báo cáo kết quả",
                "agreement": "rt60-a1"},
               {"ref": "rt60-d2", "unit": "60", "direction": "INCOMING", "title": "Đoàn Nhật Bản", "startDate": "2021-05-10",
                "memberCount": 5, "status": "PROPOSED"}],
             "events": [
               {"ref": "rt60-e1", "unit": "60", "title": "Hội nghị trực tuyến", "type": "TRADE_PROMOTION", "format": "HYBRID",
                "role": "HOSTED", "startDate": "2021-06-01", "endDate": "2021-06-02", "partners": ["rt60-p1"],
                "bridgePoints": [{"place": "Seoul", "country": "KR"}, {"place": "Tokyo", "country": "JP"}],
                "participants": 120, "location": "Phan Thiết"}],
             "investments": [
               {"ref": "rt60-i1", "unit": "60", "name": "Nhà máy điện mặt trời", "investor": "rt60-p2", "country": "JP",
                "registeredOn": "2021-04-02", "capital": {"amount": 293000000, "currency": "USD"}, "status": "ACTIVE",
                "adjustments": [{"date": "2021-07-01", "capitalChange": {"amount": 10000000.5, "currency": "USD"}},
                                {"date": "2021-09-01", "capitalChange": {"amount": -2500000, "currency": "USD"}}],
                "industrialZone": "KCN Hàm Kiệm", "workers": 350},
               {"ref": "rt60-i2", "unit": "60", "name": "Dự án vốn lớn", "registeredOn": "2022-01-05",
                "capital": {"amount": 12345678901234567.25, "currency": "VND"}, "status": "TERMINATED", "endedOn": "2023-02-01"}],
             "aid": [
               {"ref": "rt60-g1", "unit": "60", "donor": "rt60-p1", "kind": "PROJECT", "title": "Dự án nước sạch", "sector": "14030",
                "startDate": "2021-02-01", "endDate": "2022-12-31",
                "transactions": [{"type": "COMMITMENT", "date": "2021-02-01", "value": {"amount": 120000, "currency": "USD"}},
                                 {"type": "DISBURSEMENT", "date": "2021-05-10", "value": {"amount": 2300000000, "currency": "VND"}}],
                "location": "Huyện Bắc Bình", "status": "APPROVED", "approvalNumber": "9/QĐ", "approvalDate": "2021-01-20"}],
             "indicatorValues": [
               {"indicator": "trade.export", "unit": "60", "period": "2021-9M", "kind": "ACTUAL", "value": 21310000000},
               {"indicator": "grdp.growth", "unit": "60", "period": "2021", "kind": "PLAN", "value": 7.25, "note": "Nghị quyết HĐND"}],
             "entryApprovals": [{"ref": "rt60-x1", "unit": "60", "decidedOn": "2021-05-04", "approved": 12, "received": 10,
                                 "country": "KR", "purpose": "Chuyên gia", "decisionNumber": "77/SNgV"}],
             "citizenSupport": [{"ref": "rt60-s1", "unit": "60", "paidOn": "2021-08-20", "persons": 150,
                                 "amount": {"amount": 300000000, "currency": "VND"}, "programme": "Hỗ trợ COVID-19"}],
             "pressVisits": [{"ref": "rt60-v1", "unit": "60", "startDate": "2021-04-01", "endDate": "2021-04-03", "countries": ["JP"],
                              "members": 3, "agency": "NHK"}],
             "protectionCases": [{"ref": "rt60-c1", "unit": "60", "openedOn": "2021-02-11", "country": "KR", "summary": "Lao động bị tai nạn",
                                  "status": "CLOSED", "closedOn": "2021-03-01",
                                  "steps": [{"date": "2021-02-12", "action": "Liên hệ Đại sứ quán"}, {"date": "2021-02-20", "action": "Hỗ trợ về nước"}]}]
            }""";

    /** The records to delete, children before what they name. */
    static final List<String> RESOURCES = List.of(
            "protection-cases",
            "press-visits",
            "citizen-support",
            "entry-approvals",
            "indicator-values",
            "aid",
            "investments",
            "events",
            "delegations",
            "agreements");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Test
    void aUnitsRecordsGoOutAsAWorkbookAndComeBackTheSame() throws Exception {
        Api api = new Api(mvc, json);
        JsonNode created = api.importDataset(DOCUMENT);
        JsonNode before = api.json(api.get("/api/v1/dataset?unit=60"));
        byte[] workbook = api.get("/api/v1/dataset.xlsx?unit=60")
                .andExpect(status().isOk())
                .andExpect(content().contentType(ExcelExport.XLSX))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var opened = Sheets.open(workbook)) {
            var delegations = opened.getSheet("delegations");
            assertThat(delegations
                            .getRow(2)
                            .getCell(Sheets.column(delegations, "members"))
                            .getStringCellValue())
                    .isEqualTo(
                            "Nguyễn Văn A - Phó Chủ tịch - UBND tỉnh\nTrần Thị B -  - Sở Ngoại vụ - tỉnh Bình Thuận");
            assertThat(delegations
                            .getRow(2)
                            .getCell(Sheets.column(delegations, "partners"))
                            .getStringCellValue())
                    .isEqualTo("Tỉnh Gangwon, Sun Power Co., Ltd.");
            assertThat(delegations
                            .getRow(2)
                            .getCell(Sheets.column(delegations, "countries"))
                            .getStringCellValue())
                    .isEqualTo("Hàn Quốc, Nhật Bản");
        }

        JsonNode unchanged = api.json(api.perform(post("/api/v1/dataset?dryRun=true")
                        .contentType(ExcelExport.XLSX)
                        .content(workbook))
                .andExpect(status().isOk()));
        assertThat(unchanged.get("created").asInt())
                .as("into the same unit: nothing new")
                .isZero();
        assertThat(unchanged.get("updated").asInt()).as("and nothing changed").isZero();

        for (String resource : RESOURCES) {
            for (JsonNode item : api.json(api.get("/api/v1/" + resource + "?unit=60&size=100"))
                    .get("items")) {
                api.delete("/api/v1/" + resource + "/" + item.get("id").asLong())
                        .andExpect(status().isNoContent());
            }
        }
        for (String ref : List.of("rt60-p2", "rt60-p1")) {
            long id = api.json(api.get("/api/v1/partners?unit=60&size=100"))
                    .get("items")
                    .valueStream()
                    .filter(p -> p.get("ref").asString().equals(ref))
                    .findFirst()
                    .orElseThrow()
                    .get("id")
                    .asLong();
            api.delete("/api/v1/partners/" + id).andExpect(status().isNoContent());
        }
        assertThat(api.json(api.get("/api/v1/delegations?unit=60")).get("total").asInt())
                .isZero();

        JsonNode again = api.json(api.perform(
                        post("/api/v1/dataset").contentType(ExcelExport.XLSX).content(workbook))
                .andExpect(status().isOk()));
        assertThat(again.get("created").asInt())
                .isEqualTo(created.get("created").asInt());
        JsonNode after = api.json(api.get("/api/v1/dataset?unit=60"));
        assertThat(after).isEqualTo(before);
    }
}
