package vn.doingoai.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.doingoai.common.FieldProblem;

/**
 * Where the items of a workbook came from: each section's sheet, the row of each item and the
 * column of each field, to name the cell of a problem found at a path such as {@code
 * delegations[2].startDate} ({@code delegations}, row 4, column G). Rows are numbered as Excel
 * shows them.
 */
final class Places {

    private static final Pattern PATH = Pattern.compile("([A-Za-z0-9_]+)\\[(\\d+)](?:\\.(.*))?");
    private static final Pattern INDEX = Pattern.compile("\\[\\d+]");

    private final Map<String, String> sheets = new HashMap<>();
    private final Map<String, List<Integer>> rows = new HashMap<>();
    private final Map<String, Map<String, String>> columns = new HashMap<>();

    /** A section is read from this sheet. */
    void sheet(String section, String sheet) {
        sheets.put(section, sheet);
        rows.put(section, new ArrayList<>());
        columns.put(section, new HashMap<>());
    }

    /** The field at {@code path} is in this column of the section's sheet. */
    void column(String section, String path, String letter) {
        columns.get(section).put(path, letter);
    }

    /** The next item of the section comes from this row; answers its index. */
    int item(String section, int row) {
        List<Integer> items = rows.get(section);
        items.add(row);
        return items.size() - 1;
    }

    /** The problem at its cell, or as it was when its path names no item of the workbook. */
    FieldProblem place(FieldProblem problem) {
        Matcher path = PATH.matcher(problem.field() == null ? "" : problem.field());
        if (!path.matches() || !rows.containsKey(path.group(1))) {
            return problem;
        }
        String section = path.group(1);
        int index = Integer.parseInt(path.group(2));
        List<Integer> items = rows.get(section);
        if (index >= items.size()) {
            return problem;
        }
        return problem.at(sheets.get(section), items.get(index), column(section, path.group(3)));
    }

    /** The column of the longest field path that holds {@code rest} ({@code members[0].name} is in {@code members}). */
    private String column(String section, String rest) {
        if (rest == null) {
            return null;
        }
        String field = INDEX.matcher(rest).replaceAll("");
        Map<String, String> known = columns.get(section);
        String whole = field;
        String first = known.keySet().stream()
                .filter(k -> k.startsWith(whole + "."))
                .sorted()
                .findFirst()
                .orElse(null);
        if (first != null) {
            return known.get(first); // an amount as a whole: its first part
        }
        while (true) {
            if (known.containsKey(field)) {
                return known.get(field);
            }
            int dot = field.lastIndexOf('.');
            if (dot < 0) {
                return null;
            }
            field = field.substring(0, dot);
        }
    }
}
