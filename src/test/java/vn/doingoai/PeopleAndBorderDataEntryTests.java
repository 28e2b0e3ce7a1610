package vn.doingoai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.support.Api;

/**
 * The data-entry bars of issue 10 on the pages of NGO registrations, letters, overseas donations and
 * the border: every text input has the length of its column, an over-long text is a message beside
 * its field with what was typed kept, amounts typed the Vietnamese way are saved as meant, dates are
 * typed and shown dd/mm/yyyy (forms and filters), pickers are searchable, and every list searches
 * without diacritics, pages, sorts and exports to Excel with units by name. Units 93 (Hậu Giang) and
 * 64 (Gia Lai, on the border).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class PeopleAndBorderDataEntryTests {

    static final List<String> FORMS = List.of(
            "/ngo-registrations/new",
            "/letters/new",
            "/overseas-donations/new",
            "/border-gates/new",
            "/border-incidents/new",
            "/friendship-pairs/new");

    private static final Pattern TEXT_INPUT = Pattern.compile("<(input|textarea)\\b([^>]*)>");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    Api api;

    @BeforeEach
    void setUp() throws Exception {
        api = new Api(mvc, json);
        api.importDataset(
                """
                {"format": "doingoai-dataset/1",
                 "partners": [
                   {"ref": "de93-ngo", "kind": "FOREIGN_NGO", "name": "Oxfam De93", "nameVi": "Tổ chức Oxfam De93", "country": "GB"},
                   {"ref": "de64-kh", "kind": "FOREIGN_LOCALITY", "name": "Ratanakiri De64", "nameVi": "Tỉnh Ratanakiri De64", "country": "KH"},
                   {"ref": "de93-assoc", "kind": "OVERSEAS_VIETNAMESE_ASSOCIATION", "name": "Hội người Hậu Giang tại Úc De93", "country": "AU"}],
                 "borderGates": [{"ref": "de64-g", "unit": "64", "name": "Lệ Thanh De64", "kind": "INTERNATIONAL", "country": "KH"}]}""");
    }

    private MvcResult page(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(user("admin").roles("ADMIN")).with(csrf()))
                .andReturn();
    }

    private String html(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return HtmlUtils.htmlUnescape(page(request).getResponse().getContentAsString());
    }

    @Test
    void everyTextInputOfTheFormsHasTheLengthOfItsColumnAndEveryChoiceIsAPicker() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String form : FORMS) {
            String html = page(get(form)).getResponse().getContentAsString();
            String main = html.substring(html.indexOf("<main"));
            Matcher input = TEXT_INPUT.matcher(main);
            int texts = 0;
            while (input.find()) {
                String attributes = input.group(2);
                boolean text = input.group(1).equals("textarea")
                        || !attributes.matches("(?s).*type=\"(hidden|file|checkbox|radio|submit)\".*");
                boolean typedOtherwise = attributes.contains("data-date") || attributes.contains("data-number");
                if (text && !typedOtherwise) {
                    texts++;
                    if (!attributes.contains("maxlength=\"")) {
                        problems.add(form + ": " + input.group());
                    }
                }
            }
            assertThat(texts).as(form).isPositive();
            for (String picker : List.of("unit", "ngo", "partners", "donor", "country", "gate", "partner")) {
                Matcher select = Pattern.compile("<select[^>]*\\bid=\"" + picker + "\"[^>]*>")
                        .matcher(main);
                if (select.find() && !select.group().contains("data-picker")) {
                    problems.add(form + ": the choice " + picker + " is not searchable");
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(html(get("/border-incidents/new")))
                .containsPattern("(?s)<select[^>]*data-picker[^>]*id=\"gate\"")
                .contains("data-search=\"le thanh de64");
    }

    @Test
    void anOverLongTextIsAMessageBesideItsFieldWithWhatWasTypedKept(CapturedOutput output) throws Exception {
        String long1000 = "Dài ".repeat(300);
        String long4000 = "Rất dài ".repeat(600);
        List<AbstractMockHttpServletRequestBuilder<?>> posts = List.of(
                post("/ngo-registrations")
                        .param("ngo", "de93-ngo")
                        .param("unit", "93")
                        .param("kind", "OPERATION")
                        .param("validFrom", "01/03/2021")
                        .param("area", long1000),
                multipart("/letters")
                        .param("unit", "93")
                        .param("direction", "SENT")
                        .param("occasion", "HOLIDAY")
                        .param("date", "05/02/2021")
                        .param("subject", long1000),
                post("/overseas-donations")
                        .param("unit", "93")
                        .param("donorName", "Ông Dài De93")
                        .param("receivedOn", "01/06/2021")
                        .param("amount", "100")
                        .param("currency", "USD")
                        .param("purpose", long1000),
                post("/border-gates")
                        .param("unit", "64")
                        .param("name", "Cửa khẩu dài De64")
                        .param("kind", "SECONDARY")
                        .param("country", "KH")
                        .param("closures[0].from", "01/03/2021")
                        .param("closures[0].reason", long1000),
                post("/border-incidents")
                        .param("unit", "64")
                        .param("date", "01/03/2021")
                        .param("summary", long4000),
                post("/friendship-pairs")
                        .param("unit", "64")
                        .param("partner", "de64-kh")
                        .param("establishedOn", "01/03/2021")
                        .param("notes", long4000));
        long registrations = api.json(api.get("/api/v1/ngo-registrations?unit=93"))
                .get("total")
                .asLong();
        for (var request : posts) {
            MvcResult result = page(request);
            String at = result.getRequest().getRequestURI();
            assertThat(result.getResponse().getStatus()).as(at).isEqualTo(200);
            String html = HtmlUtils.htmlUnescape(result.getResponse().getContentAsString());
            assertThat(html).as(at).containsAnyOf(long1000.strip(), long4000.strip());
            assertThat(html).as(at).containsPattern("Tối đa (1000|4000) ký tự");
        }
        assertThat(api.json(api.get("/api/v1/ngo-registrations?unit=93"))
                        .get("total")
                        .asLong())
                .isEqualTo(registrations);
        assertThat(api.json(api.get("/api/v1/border-gates?unit=64&q=dai de64"))
                        .get("total")
                        .asInt())
                .isZero();
        assertThat(output.getOut()).doesNotContain(" ERROR ");
    }

    @Test
    void amountsAndDatesAreTypedTheVietnameseWay(CapturedOutput output) throws Exception {
        Map<String, String> amounts = Map.of("12.500,5", "12500.5", "1.234", "1234", "7,2", "7.2");
        for (Map.Entry<String, String> typed : amounts.entrySet()) {
            MvcResult saved = page(post("/overseas-donations")
                    .param("unit", "93")
                    .param("donor", "de93-assoc")
                    .param("donorName", "Bà Số " + typed.getValue().replace(".", " chấm "))
                    .param("receivedOn", "2/6/2021")
                    .param("amount", typed.getKey())
                    .param("currency", "USD"));
            assertThat(saved.getResponse().getStatus()).as(typed.getKey()).isEqualTo(302);
            JsonNode donation = api.json(api.get("/api/v1/overseas-donations?unit=93&q=Bà Số "
                            + typed.getValue().replace(".", " chấm ")))
                    .get("items")
                    .get(0);
            assertThat(donation.get("value").get("amount").decimalValue())
                    .as(typed.getKey())
                    .isEqualByComparingTo(typed.getValue());
            assertThat(donation.get("receivedOn").asString()).isEqualTo("2021-06-02");
        }
        String refused = html(post("/overseas-donations")
                .param("unit", "93")
                .param("donorName", "Bà Lẫn kiểu De93")
                .param("receivedOn", "31/2/2021")
                .param("amount", "1,234.5")
                .param("currency", "USD"));
        assertThat(refused)
                .contains("value=\"1,234.5\"")
                .contains("Số viết lẫn hai kiểu")
                .contains("value=\"31/2/2021\"")
                .contains("Không đọc được ngày")
                .contains("Bà Lẫn kiểu De93");

        // a registration typed d/m/yyyy is shown dd/mm/yyyy, and the lists' filters take the same form
        assertThat(page(post("/ngo-registrations")
                                .param("ngo", "de93-ngo")
                                .param("unit", "93")
                                .param("kind", "PROJECT_OFFICE")
                                .param("number", "7/VPDA-De93")
                                .param("validFrom", "1/3/2021")
                                .param("validTo", "28/02/2026"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);
        String list = html(get("/ngo-registrations?unit=93&validOn=31/12/2021"));
        assertThat(list).contains("7/VPDA-De93").contains("01/03/2021").contains("value=\"31/12/2021\"");
        assertThat(html(get("/ngo-registrations?unit=93&validOn=31/12/2020"))).doesNotContain("7/VPDA-De93");
        assertThat(html(get("/overseas-donations?unit=93&from=01/06/2021&to=30/06/2021")))
                .contains("Bà Số 7 chấm 2");
        assertThat(html(get("/overseas-donations?unit=93&from=01/07/2021"))).doesNotContain("Bà Số 7 chấm 2");
        assertThat(output.getOut()).doesNotContain(" ERROR ");
    }

    @Test
    void everyListSearchesWithoutDiacriticsPagesSortsAndExportsWithUnitsByName() throws Exception {
        api.importDataset(
                """
                {"format": "doingoai-dataset/1",
                 "ngoRegistrations": [
                   {"ref": "de93-r1", "unit": "93", "ngo": "de93-ngo", "kind": "OPERATION", "number": "1/GĐK-De93", "validFrom": "2021-01-01", "area": "Nước sạch"},
                   {"ref": "de93-r2", "unit": "93", "ngo": "de93-ngo", "kind": "OPERATION", "number": "2/GĐK-De93", "validFrom": "2022-01-01", "area": "Giáo dục"}],
                 "letters": [
                   {"ref": "de93-l1", "unit": "93", "direction": "SENT", "date": "2021-02-05", "occasion": "HOLIDAY", "partners": ["de64-kh"], "subject": "Thư chúc Tết De93"},
                   {"ref": "de93-l2", "unit": "93", "direction": "RECEIVED", "date": "2022-02-05", "occasion": "THANKS", "partners": [], "subject": "Thư cảm ơn De93"}],
                 "overseasDonations": [
                   {"ref": "de93-o1", "unit": "93", "donorName": "Ông Lê Văn De93", "receivedOn": "2021-06-01", "value": {"amount": 5000, "currency": "USD"}},
                   {"ref": "de93-o2", "unit": "93", "donor": "de93-assoc", "receivedOn": "2022-06-01", "value": {"amount": 7000, "currency": "USD"}}],
                 "borderGates": [{"ref": "de64-g2", "unit": "64", "name": "Đức Cơ De64", "kind": "MAIN", "country": "KH"}],
                 "borderIncidents": [
                   {"ref": "de64-i1", "unit": "64", "gate": "de64-g", "date": "2021-03-01", "summary": "Vượt biên trái phép De64"},
                   {"ref": "de64-i2", "unit": "64", "date": "2022-03-01", "summary": "Cháy rừng De64", "resolvedOn": "2022-03-02"}],
                 "friendshipPairs": [
                   {"ref": "de64-p1", "unit": "64", "partner": "de64-kh", "establishedOn": "2019-01-01"},
                   {"ref": "de64-p2", "unit": "64", "partner": "de64-kh", "establishedOn": "2020-01-01", "endedOn": "2022-01-01"}]}""");
        String[][] lists = {
            // list, unit, a search without diacritics, what it finds, what it does not, a sort
            {"/ngo-registrations", "93", "giao duc", "2/GĐK-De93", "1/GĐK-De93", "validFrom,asc"},
            {"/letters", "93", "chuc tet de93", "Thư chúc Tết De93", "Thư cảm ơn De93", "date,asc"},
            {"/overseas-donations", "93", "le van de93", "Ông Lê Văn De93", "01/06/2022", "receivedOn,asc"},
            {"/border-gates", "64", "duc co", "Đức Cơ De64", "Lệ Thanh De64", "name,asc"},
            {"/border-incidents", "64", "chay rung", "Cháy rừng De64", "Vượt biên trái phép De64", "date,asc"},
            {"/friendship-pairs", "64", "ratanakiri", "Ratanakiri De64", "", "establishedOn,asc"},
        };
        for (String[] l : lists) {
            String found = html(get(l[0] + "?unit=" + l[1] + "&q=" + l[2]));
            assertThat(found).as(l[0]).contains(l[3]);
            if (!l[4].isEmpty()) {
                assertThat(found).as(l[0]).doesNotContain(l[4]);
            }
            // one row a page, sorted: two pages
            String first = html(get(l[0] + "?unit=" + l[1] + "&size=1&sort=" + l[5]));
            assertThat(first).as(l[0]).contains("rel=\"next\"").contains(" ▲");
            MvcResult excel = page(get(l[0] + "?unit=" + l[1] + "&format=xlsx&sort=" + l[5]));
            assertThat(excel.getResponse().getContentType()).as(l[0]).contains("spreadsheetml");
            try (XSSFWorkbook book = new XSSFWorkbook(
                    new ByteArrayInputStream(excel.getResponse().getContentAsByteArray()))) {
                Sheet sheet = book.getSheetAt(0);
                assertThat(sheet.getPhysicalNumberOfRows()).as(l[0]).isGreaterThanOrEqualTo(3);
                List<String> cells = new ArrayList<>();
                for (Row row : sheet) {
                    row.forEach(c -> cells.add(c.getCellType() == CellType.STRING ? c.getStringCellValue() : ""));
                }
                assertThat(cells).as(l[0]).anyMatch(c -> c.startsWith("Tỉnh"));
                assertThat(cells).as(l[0]).doesNotContain(l[1]);
            }
        }
    }

    @Test
    void theAssociationsAreAListToSearchOrderAndExport() throws Exception {
        api.importDataset(
                """
                {"format": "doingoai-dataset/1",
                 "partners": [
                   {"ref": "de93-a-fr", "kind": "OVERSEAS_VIETNAMESE_ASSOCIATION", "name": "Hội người Hậu Giang tại Pháp De93A", "country": "FR"},
                   {"ref": "de93-a-us", "kind": "OVERSEAS_VIETNAMESE_ASSOCIATION", "name": "Hội kiều bào Hậu Giang tại Hoa Kỳ De93A", "country": "US"}],
                 "overseasDonations": [
                   {"ref": "de93-a1", "unit": "93", "donor": "de93-a-fr", "receivedOn": "2021-06-01", "value": {"amount": 900, "currency": "USD"}},
                   {"ref": "de93-a2", "unit": "93", "donor": "de93-a-us", "receivedOn": "2021-06-01", "value": {"amount": 12000, "currency": "USD"}},
                   {"ref": "de93-a3", "unit": "93", "donor": "de93-a-us", "receivedOn": "2021-07-01", "value": {"amount": 500, "currency": "XAF"}}]}""");
        String found = html(get("/overseas?q=hau giang tai phap de93a"));
        assertThat(found).contains("Hội người Hậu Giang tại Pháp De93A").doesNotContain("Hoa Kỳ De93A");
        assertThat(html(get("/overseas?q=de93a&country=US")))
                .contains("Hội kiều bào Hậu Giang tại Hoa Kỳ De93A")
                .doesNotContain("tại Pháp De93A");
        String byUsd = html(get("/overseas?q=de93a&sort=usd,desc&size=1"));
        assertThat(byUsd).contains("Hoa Kỳ De93A").contains("12.000 USD").contains("rel=\"next\"");
        MvcResult excel = page(get("/overseas?q=de93a&format=xlsx&sort=usd,asc"));
        try (XSSFWorkbook book =
                new XSSFWorkbook(new ByteArrayInputStream(excel.getResponse().getContentAsByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Hội người Hậu Giang tại Pháp De93A");
            assertThat(sheet.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(12000.0);
            assertThat(sheet.getRow(2).getCell(5).getStringCellValue()).isEqualTo("XAF");
        }
    }
}
