package vn.doingoai.workbook;

import java.util.List;
import java.util.Optional;

/** A section's sheet: the section's name and item type, and its columns. */
record Sheet(String section, Class<?> itemType, List<Column> columns) {

    Optional<Column> column(String path) {
        return columns.stream().filter(c -> c.path().equals(path)).findFirst();
    }
}
