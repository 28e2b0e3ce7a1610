package vn.doingoai.backup;

import java.util.List;

/**
 * {@code backup.json}, the table of contents of a backup: its format, the schema version (the last
 * Flyway migration) it was taken at, when and from which database, each table with its columns and
 * number of rows ({@code tables/<name>.jsonl}, one JSON array per row), and each document with its
 * size ({@code documents/<path>}).
 */
record Manifest(
        String format,
        String schemaVersion,
        String createdAt,
        String database,
        List<Table> tables,
        List<Document> documents) {

    static final String FORMAT = "doingoai-backup/1";
    static final String ENTRY = "backup.json";

    record Table(String name, List<Column> columns, long rows) {

        String entry() {
            return "tables/" + name + ".jsonl";
        }

        List<String> columnNames() {
            return columns.stream().map(Column::name).toList();
        }
    }

    record Column(String name, String kind) {}

    record Document(String path, long size) {

        String entry() {
            return "documents/" + path;
        }
    }
}
