package vn.doingoai.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.InvalidInputException;
import vn.doingoai.common.NumberInput;
import vn.doingoai.common.Text;
import vn.doingoai.dataset.DatasetService;
import vn.doingoai.dataset.DocumentFormat;
import vn.doingoai.dataset.ImportProgress;

/**
 * Reads a workbook into the dataset document: every sheet named after a section (other sheets are
 * left alone), row 1 its headings ({@code Label [field]}, or the field's name alone), the rows
 * below its items; a row marked as the example ({@code ←} in a cell outside the headed columns) and
 * empty rows are skipped. The sheets stream past a SAX parser ({@link SheetRows}); the package is
 * opened from its file with POI's zip-bomb limits ({@link ZipLimits}), and the rows and cells read
 * are counted against limits of their own. What is not a workbook, headings that name no field, a
 * workbook with no section's sheet or no row to import are problems of the whole body.
 */
final class WorkbookReader {

    /**
     * What a workbook may hold: items (data rows), rows of any kind and cells holding something, in
     * all the sheets read.
     */
    record Limits(int items, int rows, long cells) {
        static final Limits DEFAULT = new Limits(100_000, 250_000, 5_000_000);
    }

    private static final Pattern BRACKETED = Pattern.compile(".*\\[\\s*([^\\[\\]]+?)\\s*]\\s*$", Pattern.DOTALL);
    private static final String EXAMPLE_MARK = "←";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** The section of agencies and communes, which the sheets after it may name by code or name. */
    private static final String UNITS = "units";

    private final List<Sheet> sheets;
    private final Choices choices;
    private final Words words;
    private final CellReader cells;
    private final ImportProgress progress;
    private final Map<String, References> references;
    private final Limits limits;
    private final Places places = new Places();
    private final List<FieldProblem> problems = new ArrayList<>();
    private final List<CellReader.Pending> pending = new ArrayList<>();
    private int rows;
    private long cellsRead;
    private int itemCount;

    WorkbookReader(
            List<Sheet> sheets,
            Choices choices,
            Words words,
            Map<String, References> references,
            ImportProgress progress,
            Limits limits) {
        this.limits = limits;
        this.sheets = sheets;
        this.choices = choices;
        this.words = words;
        this.cells = new CellReader(choices, words);
        this.references = references;
        this.progress = progress;
    }

    DocumentFormat.Read read(Path file) {
        checkHead(file);
        ZipLimits.apply();
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | RuntimeException e) {
            throw unreadable(e, "workbook.notWorkbook");
        }
        try {
            if (workbookParts(pkg).isEmpty()) {
                throw body("workbook.notWorkbook");
            }
            XSSFReader reader = new XSSFReader(pkg);
            reader.setUseReadOnlySharedStringsTable(true);
            SharedStrings strings = reader.getSharedStringsTable();
            StylesTable styles = reader.getStylesTable();
            Map<String, Sheet> found = sectionSheets(reader);
            if (found.isEmpty()) {
                throw body(
                        "workbook.noSection",
                        String.join(", ", sheets.stream().map(Sheet::section).toList()));
            }
            Map<String, SectionRows> sections = new LinkedHashMap<>();
            List<FieldProblem> headings = new ArrayList<>();
            for (Map.Entry<String, Sheet> e : found.entrySet()) {
                SectionRows section = new SectionRows(e.getKey(), e.getValue());
                parse(reader, e.getKey(), strings, styles, section.headings());
                headings.addAll(section.headingProblems);
                sections.put(e.getKey(), section);
            }
            if (!headings.isEmpty()) {
                throw new InvalidInputException(headings);
            }
            for (SectionRows section : sections.values()) {
                parse(reader, section.sheetName, strings, styles, section);
                if (section.sheet.section().equals(UNITS)) {
                    section.items.forEach(unit -> choices.addUnit(text(unit, "code"), text(unit, "name")));
                }
            }
            if (itemCount == 0) {
                throw body("workbook.empty");
            }
            return new DocumentFormat.Read(document(sections.values()), problems, places::place);
        } catch (InvalidInputException e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            throw unreadable(e, "workbook.damaged");
        } finally {
            pkg.revert();
        }
    }

    private ObjectNode document(Iterable<SectionRows> sections) {
        ObjectNode document = NODES.objectNode();
        document.put("format", DatasetService.FORMAT);
        for (SectionRows section : sections) {
            document.set(section.sheet.section(), section.items);
            References named = references.get(section.sheet.section());
            if (named != null) {
                section.items.forEach(item -> choices.addRecord(
                        named.section(),
                        item.get("ref") == null
                                ? null
                                : item.get("ref").asString().strip(),
                        named.names(item)));
            }
        }
        pending.forEach(cells::resolve);
        return document;
    }

    private static String text(tools.jackson.databind.JsonNode item, String field) {
        tools.jackson.databind.JsonNode value = item.get(field);
        return value == null || !value.isString() ? null : value.asString().strip();
    }

    /** The section sheets of the workbook, by their names in it, in the sections' order. */
    private Map<String, Sheet> sectionSheets(XSSFReader reader) throws IOException, OpenXML4JException {
        List<String> names = new ArrayList<>();
        XSSFReader.SheetIterator it = reader.getSheetIterator();
        while (it.hasNext()) {
            try (InputStream ignored = it.next()) {
                names.add(it.getSheetName());
            }
        }
        Map<String, Sheet> found = new LinkedHashMap<>();
        for (Sheet sheet : sheets) {
            names.stream()
                    .filter(n -> n.strip().equalsIgnoreCase(sheet.section()))
                    .findFirst()
                    .ifPresent(n -> found.put(n, sheet));
        }
        return found;
    }

    private static void parse(
            XSSFReader reader, String sheetName, SharedStrings strings, StylesTable styles, SheetRows.Listener listener)
            throws IOException, OpenXML4JException, SAXException {
        XSSFReader.SheetIterator it = reader.getSheetIterator();
        while (it.hasNext()) {
            try (InputStream in = it.next()) {
                if (!it.getSheetName().equals(sheetName)) {
                    continue;
                }
                XMLReader parser;
                try {
                    parser = XMLHelper.newXMLReader();
                } catch (javax.xml.parsers.ParserConfigurationException e) {
                    throw new IllegalStateException(e);
                }
                parser.setContentHandler(new SheetRows(strings, styles, listener));
                try {
                    parser.parse(new InputSource(in));
                } catch (Enough done) {
                    // the listener has read what it needed
                }
                return;
            }
        }
    }

    /** The rows of one section's sheet: its headings, then its items. */
    private final class SectionRows implements SheetRows.Listener {
        final String sheetName;
        final Sheet sheet;
        final ArrayNode items = NODES.arrayNode();
        final Map<Integer, Column> headed = new LinkedHashMap<>();
        final List<FieldProblem> headingProblems = new ArrayList<>();
        private boolean pastHeadings;

        SectionRows(String sheetName, Sheet sheet) {
            this.sheetName = sheetName;
            this.sheet = sheet;
            places.sheet(sheet.section(), sheetName);
        }

        /** Reads the sheet's size and its headings, and stops. */
        SheetRows.Listener headings() {
            return new SheetRows.Listener() {
                @Override
                public void dimension(int lastRow) {
                    progress.expectRows(Math.max(0, lastRow - 2));
                }

                @Override
                public void row(int number, List<SheetRows.Raw> cells) {
                    if (number != 1) {
                        headingProblems.add(heading(1, null, words.of("workbook.heading.missing")));
                    } else {
                        readHeadings(cells);
                    }
                    throw new Enough();
                }
            };
        }

        private void readHeadings(List<SheetRows.Raw> cells) {
            Map<String, String> seen = new LinkedHashMap<>();
            for (SheetRows.Raw cell : cells) {
                if (cell.blank()) {
                    continue;
                }
                String heading = cell.text().strip();
                Optional<Column> column = column(heading);
                if (column.isEmpty()) {
                    headingProblems.add(heading(1, cell.letter(), words.of("workbook.heading.unknown", heading)));
                } else if (seen.containsKey(column.get().path())) {
                    headingProblems.add(heading(
                            1,
                            cell.letter(),
                            words.of(
                                    "workbook.heading.twice",
                                    heading,
                                    seen.get(column.get().path()))));
                } else {
                    seen.put(column.get().path(), cell.letter());
                    headed.put(cell.column(), column.get());
                    places.column(sheet.section(), column.get().path(), cell.letter());
                }
            }
        }

        /** The column a heading names: the field in its brackets, the field's name alone, or the label. */
        private Optional<Column> column(String heading) {
            Matcher bracketed = BRACKETED.matcher(heading);
            String field = bracketed.matches() ? bracketed.group(1) : heading;
            Optional<Column> byPath = sheet.columns().stream()
                    .filter(c -> c.path().equalsIgnoreCase(field))
                    .findFirst();
            if (byPath.isPresent() || bracketed.matches()) {
                return byPath;
            }
            String label = Text.fold(heading.replaceAll("\\*\\s*$", ""));
            return sheet.columns().stream()
                    .filter(c -> Text.fold(c.label()).equals(label))
                    .findFirst();
        }

        private FieldProblem heading(int row, String letter, String message) {
            return new FieldProblem(sheet.section(), sheetName, row, letter, message);
        }

        @Override
        public void row(int number, List<SheetRows.Raw> rowCells) {
            count(rowCells.size());
            if (!pastHeadings) {
                pastHeadings = true;
                if (number == 1) {
                    return;
                }
            }
            if (example(rowCells) || rowCells.stream().allMatch(SheetRows.Raw::blank)) {
                return;
            }
            if (++itemCount > limits.items()) {
                throw body("workbook.tooManyRows", NumberInput.print(limits.items()));
            }
            int index = places.item(sheet.section(), number);
            ObjectNode item = NODES.objectNode();
            List<CellReader.Problem> found = new ArrayList<>();
            for (SheetRows.Raw cell : rowCells) {
                Column column = headed.get(cell.column());
                if (column != null) {
                    cells.put(sheet, column, cell, item, found, pending);
                }
            }
            for (CellReader.Problem p : found) {
                problems.add(
                        places.place(new FieldProblem(sheet.section() + "[" + index + "]." + p.path(), p.message())));
            }
            items.add(item);
            progress.rowRead();
        }

        /** The example row: a cell outside the headed columns starts with ←. */
        private boolean example(List<SheetRows.Raw> rowCells) {
            return rowCells.stream()
                    .anyMatch(c -> !headed.containsKey(c.column())
                            && c.type() == SheetRows.Type.TEXT
                            && c.text().strip().startsWith(EXAMPLE_MARK));
        }
    }

    private void count(int rowCells) {
        rows++;
        cellsRead += rowCells;
        if (rows > limits.rows() || cellsRead > limits.cells()) {
            throw body("workbook.tooLarge");
        }
    }

    /** The parts of the package that are a workbook (not a document or a presentation). */
    private static List<PackagePart> workbookParts(OPCPackage pkg) throws OpenXML4JException {
        return pkg.getParts().stream()
                .filter(p -> p.getContentType().contains("spreadsheetml.sheet.main")
                        || p.getContentType().contains("ms-excel.sheet.macroEnabled.main")
                        || p.getContentType().contains("spreadsheetml.template.main"))
                .toList();
    }

    /** Says what the body is when it is no workbook: an old .xls, a PDF, anything else. */
    private void checkHead(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return;
        }
        if (head.length == 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF) {
            throw body("workbook.xls");
        }
        if (head.length == 4 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F') {
            throw body("workbook.pdf");
        }
        throw body("workbook.notWorkbook");
    }

    /** A zip bomb (POI refuses it while unpacking) is too large; anything else cannot be read. */
    private InvalidInputException unreadable(Exception e, String otherwise) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
                return body("workbook.bomb");
            }
            if (t instanceof InvalidInputException invalid) {
                return invalid;
            }
        }
        return body(otherwise);
    }

    private InvalidInputException body(String key, Object... args) {
        return new InvalidInputException("body", args.length == 0 ? key : words.of(key, args));
    }

    /** Stops a sheet's parse once its listener has read enough. */
    private static final class Enough extends RuntimeException {
        Enough() {
            super(null, null, false, false);
        }
    }
}
