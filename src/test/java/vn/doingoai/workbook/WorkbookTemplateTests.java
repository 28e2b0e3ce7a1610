package vn.doingoai.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.common.ExcelExport;
import vn.doingoai.common.Text;
import vn.doingoai.dataset.DatasetService;
import vn.doingoai.support.Api;

/**
 * Every section of the dataset document has its Excel template, made from its item type: a sheet
 * named after it, headings in Vietnamese with the field names in brackets, frozen; drop-down
 * lists for enumerations (on a hidden sheet); an example row the import skips; a guide sheet.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WorkbookTemplateTests {

    /**
     * The sections of today. Every section's every field (and every part of a list's records) has a
     * label of its own in the message files, so that a section added later without one fails here.
     */
    static final List<String> SECTIONS = List.of(
            "units",
            "partners",
            "exchangeRates",
            "documents",
            "agreements",
            "delegations",
            "events",
            "news",
            "investments",
            "aid",
            "indicatorValues",
            "entryApprovals",
            "citizenSupport",
            "pressVisits",
            "protectionCases",
            "ngoRegistrations",
            "trainings",
            "letters",
            "overseasDonations",
            "borderGates",
            "borderIncidents",
            "friendshipPairs");

    /** The fields that name partners, offered by name in a drop-down list. */
    static final List<String> PARTNER_FIELDS = List.of(
            "partners.parent",
            "agreements.partners",
            "delegations.partners",
            "events.partners",
            "investments.investor",
            "aid.donor",
            "ngoRegistrations.ngo",
            "letters.partners",
            "overseasDonations.donor",
            "friendshipPairs.partner");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    DatasetService datasets;

    @Autowired
    Columns columns;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json);
    }

    @Test
    void everySectionHasItsTemplate() throws Exception {
        assertThat(datasets.sectionNames()).containsAll(SECTIONS);
        api.post(
                        "/api/v1/partners",
                        java.util.Map.of(
                                "ref", "tpl-p1", "kind", "FOREIGN_NGO", "name", "Template Foundation", "unit", "33"))
                .andExpect(status().isCreated());
        for (var section : datasets.sections()) {
            String name = section.name();
            byte[] body = api.get("/api/v1/templates/" + name + ".xlsx")
                    .andExpect(status().isOk())
                    .andExpect(content().contentType(ExcelExport.XLSX))
                    .andExpect(header().string("Content-Disposition", Matchers.containsString(name + ".xlsx")))
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            List<Column> expected = columns.of(section, Locale.forLanguageTag("vi"));
            try (XSSFWorkbook workbook = Sheets.open(body)) {
                XSSFSheet sheet = workbook.getSheetAt(0);
                assertThat(sheet.getSheetName()).isEqualTo(name);
                assertThat(sheet.getPaneInformation().isFreezePane())
                        .as(name + " frozen")
                        .isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition())
                        .isEqualTo((short) 1);
                for (int c = 0; c < expected.size(); c++) {
                    Column column = expected.get(c);
                    XSSFCell heading = sheet.getRow(0).getCell(c);
                    assertThat(heading.getStringCellValue())
                            .as(name + " heading " + c)
                            .endsWith(" [" + column.path() + "]")
                            .startsWith(column.label());
                    assertThat(heading.getCellStyle().getFont().getBold()).isTrue();
                    assertThat(sheet.getColumnWidth(c)).isGreaterThan(8 * 256);
                    if (column.required()) {
                        assertThat(heading.getStringCellValue()).contains(" * [");
                    }
                    for (Column labelled : column.parts().isEmpty() ? List.of(column) : column.parts()) {
                        assertThat(labelled.label())
                                .as(name + "." + labelled.path() + " has a label")
                                .isNotEqualTo(labelled.name())
                                .doesNotEndWith("– " + labelled.name());
                    }
                    if (PARTNER_FIELDS.contains(name + "." + column.path())) {
                        assertThat(column.kind()).as(name + "." + column.path()).isEqualTo(Column.Kind.REFERENCE);
                        assertThat(dropDown(workbook, sheet, c))
                                .as(name + "." + column.path() + " offers the partners by name")
                                .contains("Template Foundation");
                    }
                    if (column.kind() == Column.Kind.ENUM) {
                        assertThat(dropDown(workbook, sheet, c))
                                .as(name + "." + column.path() + " drop-down")
                                .hasSize(column.choices().getEnumConstants().length)
                                .doesNotContain(
                                        column.choices().getEnumConstants()[0].name());
                    }
                    if (column.kind() == Column.Kind.UNIT || column.kind() == Column.Kind.COUNTRY) {
                        assertThat(dropDown(workbook, sheet, c))
                                .as(name + "." + column.path())
                                .isNotEmpty();
                    }
                }
                assertThat(sheet.getRow(1).getCell(expected.size()).getStringCellValue())
                        .as("the example row is marked")
                        .startsWith("← ");
                assertThat(sheet.getRow(1).getCell(0).getCellStyle().getFont().getItalic())
                        .isTrue();
                XSSFSheet guide = workbook.getSheet("Hướng dẫn");
                assertThat(guide).as(name + " guide").isNotNull();
                Set<String> explained = new HashSet<>();
                guide.forEach(row -> {
                    if (row.getCell(2) != null) {
                        explained.add(row.getCell(2).getStringCellValue());
                    }
                });
                assertThat(explained)
                        .containsAll(expected.stream().map(Column::path).toList());
                assertThat(workbook.isSheetHidden(workbook.getSheetIndex(WorkbookWriter.LISTS)))
                        .isTrue();
            }
        }
    }

    @Test
    void theDelegationsTemplateReadsAsTheContractSays() throws Exception {
        try (XSSFWorkbook workbook = Sheets.open(api.get("/api/v1/templates/delegations.xlsx")
                .andReturn()
                .getResponse()
                .getContentAsByteArray())) {
            XSSFSheet sheet = workbook.getSheet("delegations");
            assertThat(sheet.getRow(0)
                            .getCell(Sheets.column(sheet, "startDate"))
                            .getStringCellValue())
                    .isEqualTo("Ngày đi / đến * [startDate]");
            assertThat(dropDown(workbook, sheet, Sheets.column(sheet, "direction")))
                    .containsExactly("Đoàn ra", "Đoàn vào");
            assertThat(dropDown(workbook, sheet, Sheets.column(sheet, "countries")))
                    .contains("Hàn Quốc", "Nhật Bản", "Lào");
            assertThat(dropDown(workbook, sheet, Sheets.column(sheet, "unit")))
                    .contains("Tỉnh Thái Nguyên", "Tỉnh Bắc Ninh (24)", "Tỉnh Bắc Ninh (27)");
            assertThat(sheet.getRow(1).getCell(Sheets.column(sheet, "members")).getStringCellValue())
                    .contains("Nguyễn Văn An - Giám đốc - Sở Ngoại vụ");
            assertThat(sheet.getRow(1)
                            .getCell(Sheets.column(sheet, "startDate"))
                            .getDateCellValue())
                    .isNotNull();
        }
        try (XSSFWorkbook english = Sheets.open(api.get("/api/v1/templates/delegations.xlsx?lang=en")
                .andReturn()
                .getResponse()
                .getContentAsByteArray())) {
            XSSFSheet sheet = english.getSheet("delegations");
            assertThat(sheet.getRow(0)
                            .getCell(Sheets.column(sheet, "startDate"))
                            .getStringCellValue())
                    .isEqualTo("Start date * [startDate]");
            assertThat(english.getSheet("Guide")).isNotNull();
        }
    }

    @Test
    void theSectionsAddedSinceOfferTheirChoicesAndSayWhatIsLeftOut() throws Exception {
        XSSFWorkbook news = Sheets.open(template("news"));
        XSSFSheet sheet = news.getSheet("news");
        assertThat(dropDown(news, sheet, Sheets.column(sheet, "language"))).containsExactly("vi", "en");
        assertThat(dropDown(news, sheet, Sheets.column(sheet, "status"))).containsExactly("Bản nháp", "Đã đăng");
        assertThat(sheet.getRow(0).getCell(sheet.getRow(0).getLastCellNum() - 1).getStringCellValue())
                .as("the picture is uploaded on the item's page, not written in a cell")
                .doesNotContain("[picture]");

        XSSFWorkbook units = Sheets.open(template("units"));
        XSSFSheet unitSheet = units.getSheet("units");
        assertThat(unitSheet
                        .getRow(0)
                        .getCell(Sheets.column(unitSheet, "parent"))
                        .getStringCellValue())
                .isEqualTo("Thuộc tỉnh, thành phố * [parent]");
        assertThat(dropDown(units, unitSheet, Sheets.column(unitSheet, "parent")))
                .contains("Tỉnh Quảng Trị (44)");

        XSSFWorkbook gates = Sheets.open(template("borderGates"));
        XSSFSheet gateSheet = gates.getSheet("borderGates");
        assertThat(dropDown(gates, gateSheet, Sheets.column(gateSheet, "kind")))
                .containsExactly("Cửa khẩu quốc tế", "Cửa khẩu chính", "Cửa khẩu phụ", "Lối mở");
        assertThat(gateSheet
                        .getRow(1)
                        .getCell(Sheets.column(gateSheet, "closures"))
                        .getStringCellValue())
                .startsWith("01/02/2020; 15/03/2020; ");
        assertThat(gateSheet.getRow(0).getLastCellNum())
                .as("openToday is computed")
                .isEqualTo((short) (Sheets.column(gateSheet, "notes") + 1));

        XSSFWorkbook documents = Sheets.open(template("documents"));
        XSSFSheet documentSheet = documents.getSheet("documents");
        assertThat(dropDown(documents, documentSheet, Sheets.column(documentSheet, "kind")))
                .contains("Kế hoạch", "Quyết định");
        assertThat(documentSheet
                        .getRow(0)
                        .getCell(Sheets.column(documentSheet, "tasks"))
                        .getStringCellValue())
                .isEqualTo("Nhiệm vụ (mỗi dòng một nhiệm vụ) [tasks]");
        String guide = new java.util.ArrayList<org.apache.poi.ss.usermodel.Row>() {
            {
                documents.getSheet("Hướng dẫn").forEach(this::add);
            }
        }.stream()
                .filter(r -> r.getCell(2) != null
                        && r.getCell(2).getStringCellValue().equals("tasks"))
                .map(r ->
                        r.getCell(4).getStringCellValue() + " | " + r.getCell(5).getStringCellValue())
                .findFirst()
                .orElseThrow();
        assertThat(guide)
                .contains("Tiến độ của nhiệm vụ không ghi trong Excel")
                .contains("Mã nhiệm vụ (Văn bản, tối đa 200 ký tự); Đơn vị thực hiện (Tên đơn vị")
                .doesNotContain("id (");
    }

    private byte[] template(String section) throws Exception {
        return api.get("/api/v1/templates/" + section + ".xlsx")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    @Test
    void choicesAreTellApartByTheirNames() {
        for (var section : datasets.sections()) {
            for (Column column : columns.of(section, Locale.forLanguageTag("vi"))) {
                List<Column> all = column.parts().isEmpty() ? List.of(column) : column.parts();
                for (Column c : all) {
                    if (c.kind() != Column.Kind.ENUM) {
                        continue;
                    }
                    for (Locale locale : List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH)) {
                        Set<String> labels = new HashSet<>();
                        for (Enum<?> value : c.choices().getEnumConstants()) {
                            String label = columns.choiceLabel(section.name(), section.itemType(), c, value, locale);
                            assertThat(labels.add(Text.fold(label))).as(label).isTrue();
                        }
                    }
                }
            }
        }
        Set<String> countries = new HashSet<>();
        vn.doingoai.common.Countries.all(Locale.forLanguageTag("vi"))
                .forEach(c -> assertThat(countries.add(Text.fold(c.name())))
                        .as(c.name())
                        .isTrue());
    }

    @Test
    void theListPagesOfferTheirTemplate() throws Exception {
        var admin = user("admin").roles("ADMIN");
        for (String[] page : new String[][] {
            {"/delegations", "delegations"},
            {"/partners", "partners"},
            {"/aid", "aid"},
            {"/consular/entry-approvals", "entryApprovals"},
            {"/consular/protection-cases", "protectionCases"},
            {"/exchange-rates", "exchangeRates"},
            {"/units", "units"},
            {"/documents", "documents"},
            {"/trainings", "trainings"},
            {"/news", "news"},
            {"/ngo-registrations", "ngoRegistrations"},
            {"/letters", "letters"},
            {"/overseas-donations", "overseasDonations"},
            {"/border-gates", "borderGates"},
            {"/border-incidents", "borderIncidents"},
            {"/friendship-pairs", "friendshipPairs"}
        }) {
            mvc.perform(get(page[0]).with(admin))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("/api/v1/templates/" + page[1] + ".xlsx")));
        }
        mvc.perform(get("/dataset").with(admin))
                .andExpect(content().string(Matchers.containsString("/api/v1/templates/citizenSupport.xlsx")))
                .andExpect(content().string(Matchers.containsString("/api/v1/dataset.xlsx")));
    }

    /** The values offered by the drop-down list of a column's data rows. */
    static List<String> dropDown(XSSFWorkbook workbook, XSSFSheet sheet, int column) {
        for (DataValidation validation : sheet.getDataValidations()) {
            for (CellRangeAddress range : validation.getRegions().getCellRangeAddresses()) {
                if (range.isInRange(2, column) && range.isInRange(10_000, column)) {
                    String formula = validation.getValidationConstraint().getFormula1();
                    if (formula == null) {
                        continue;
                    }
                    Name name = workbook.getName(formula.replace("=", ""));
                    if (name == null) {
                        continue;
                    }
                    AreaReference area = new AreaReference(name.getRefersToFormula(), workbook.getSpreadsheetVersion());
                    XSSFSheet lists = workbook.getSheet(area.getFirstCell().getSheetName());
                    List<String> values = new java.util.ArrayList<>();
                    for (CellReference cell : area.getAllReferencedCells()) {
                        values.add(lists.getRow(cell.getRow())
                                .getCell(cell.getCol())
                                .getStringCellValue());
                    }
                    return values;
                }
            }
        }
        return List.of();
    }
}
