package vn.doingoai.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The tables a backup holds, as the database describes them (JDBC metadata and the standard
 * {@code information_schema}): every table of the application's schema but the excluded ones,
 * parents before children, each column with a portable kind, and the sequences and identity
 * columns a restore moves past the restored ids. The same description comes out of H2 and
 * PostgreSQL, which is what lets a backup of one restore into the other.
 */
record Schema(List<Table> tables, List<Sequence> sequences, List<Identity> identities) {

    /** The portable kinds of a column's values, as the backup writes them. */
    static final Set<String> KINDS =
            Set.of("integer", "decimal", "boolean", "date", "time", "timestamp", "timestamptz", "text", "binary");

    record Column(String name, String kind, int sqlType) {}

    /** A foreign key of a table to itself (a unit's parent): its rows are restored parents first. */
    record SelfReference(List<String> columns, List<String> referenced) {}

    record Table(String name, List<Column> columns, List<String> primaryKey, List<SelfReference> selfReferences) {

        List<String> columnNames() {
            return columns.stream().map(Column::name).toList();
        }
    }

    record Sequence(String name, long increment) {}

    record Identity(String table, String column) {}

    Table table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
    }

    /** Reads the schema of the connection's current schema, leaving out the tables {@code excluded} names. */
    static Schema read(Connection connection, Predicate<String> excluded) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        List<String> names = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (!excluded.test(name.toLowerCase(Locale.ROOT))) {
                    names.add(name);
                }
            }
        }
        Map<String, Table> tables = new TreeMap<>();
        Map<String, Set<String>> parents = new HashMap<>();
        for (String name : names) {
            Map<String, List<String[]>> keys = new LinkedHashMap<>();
            Set<String> referenced = new TreeSet<>();
            try (ResultSet rs = meta.getImportedKeys(null, schema, name)) {
                while (rs.next()) {
                    String parent = rs.getString("PKTABLE_NAME");
                    if (parent.equals(name)) {
                        keys.computeIfAbsent(rs.getString("FK_NAME"), k -> new ArrayList<>())
                                .add(new String[] {rs.getString("FKCOLUMN_NAME"), rs.getString("PKCOLUMN_NAME")});
                    } else if (names.contains(parent)) {
                        referenced.add(parent);
                    }
                }
            }
            parents.put(name, referenced);
            List<SelfReference> self = keys.values().stream()
                    .map(pairs -> new SelfReference(
                            pairs.stream().map(p -> p[0]).toList(),
                            pairs.stream().map(p -> p[1]).toList()))
                    .toList();
            tables.put(name, new Table(name, columns(meta, schema, name), primaryKey(meta, schema, name), self));
        }
        return new Schema(parentsFirst(tables, parents), sequences(connection, schema), identities(connection, schema));
    }

    private static List<Column> columns(DatabaseMetaData meta, String schema, String table) throws SQLException {
        Map<Integer, Column> columns = new TreeMap<>();
        try (ResultSet rs = meta.getColumns(null, schema, table, "%")) {
            while (rs.next()) {
                String name = rs.getString("COLUMN_NAME");
                int type = rs.getInt("DATA_TYPE");
                columns.put(
                        rs.getInt("ORDINAL_POSITION"),
                        new Column(name, kind(table + "." + name, type, rs.getString("TYPE_NAME")), type));
            }
        }
        return List.copyOf(columns.values());
    }

    private static List<String> primaryKey(DatabaseMetaData meta, String schema, String table) throws SQLException {
        Map<Integer, String> key = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(null, schema, table)) {
            while (rs.next()) {
                key.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
        }
        return List.copyOf(key.values());
    }

    /** The portable kind of a column; a type the backup does not know is a mistake of the schema's author. */
    static String kind(String column, int type, String typeName) {
        String name = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
        return switch (type) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> "integer";
            case Types.NUMERIC, Types.DECIMAL -> "decimal";
            case Types.BOOLEAN, Types.BIT -> "boolean";
            case Types.DATE -> "date";
            case Types.TIME -> "time";
            case Types.TIMESTAMP_WITH_TIMEZONE -> "timestamptz";
            case Types.TIMESTAMP -> name.contains("tz") || name.contains("time zone") ? "timestamptz" : "timestamp";
            case Types.CHAR,
                    Types.VARCHAR,
                    Types.LONGVARCHAR,
                    Types.NCHAR,
                    Types.NVARCHAR,
                    Types.LONGNVARCHAR,
                    Types.CLOB,
                    Types.NCLOB -> "text";
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> "binary";
            default -> throw new IllegalStateException(
                    "The backup does not know the type " + typeName + " of column " + column);
        };
    }

    /** Tables in an order where every table comes after the tables it refers to (by name among equals). */
    private static List<Table> parentsFirst(Map<String, Table> tables, Map<String, Set<String>> parents) {
        List<Table> ordered = new ArrayList<>();
        Set<String> done = new TreeSet<>();
        while (ordered.size() < tables.size()) {
            String next = tables.keySet().stream()
                    .filter(t -> !done.contains(t) && done.containsAll(parents.get(t)))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("The tables refer to each other in a circle"));
            done.add(next);
            ordered.add(tables.get(next));
        }
        return List.copyOf(ordered);
    }

    private static List<Sequence> sequences(Connection connection, String schema) throws SQLException {
        List<Sequence> sequences = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "select sequence_name, increment from information_schema.sequences where sequence_schema = ?"
                        + " order by sequence_name")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sequences.add(new Sequence(
                            rs.getString(1), Long.parseLong(rs.getString(2).trim())));
                }
            }
        }
        return List.copyOf(sequences);
    }

    private static List<Identity> identities(Connection connection, String schema) throws SQLException {
        List<Identity> identities = new ArrayList<>();
        try (PreparedStatement ps =
                connection.prepareStatement("select table_name, column_name from information_schema.columns"
                        + " where table_schema = ? and is_identity = 'YES' order by table_name")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    identities.add(new Identity(rs.getString(1), rs.getString(2)));
                }
            }
        }
        return List.copyOf(identities);
    }
}
