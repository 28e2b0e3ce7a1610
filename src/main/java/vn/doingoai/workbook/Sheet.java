package vn.doingoai.workbook;

import java.util.List;

/** A section's sheet: the section's name and item type, and its columns. */
record Sheet(String section, Class<?> itemType, List<Column> columns) {}
