package vn.doingoai.backup;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * A column's value between the database and the backup's JSON, by the column's portable kind:
 * integers as JSON numbers, decimals as exact strings, dates and times in ISO-8601 (instants in
 * UTC), binary data in Base64. Nothing in the JSON depends on the database it came from.
 */
final class Values {

    private Values() {}

    static void write(JsonGenerator json, ResultSet rs, int i, String kind) throws SQLException {
        Object value =
                switch (kind) {
                    case "integer" -> {
                        long v = rs.getLong(i);
                        yield rs.wasNull() ? null : v;
                    }
                    case "boolean" -> {
                        boolean v = rs.getBoolean(i);
                        yield rs.wasNull() ? null : v;
                    }
                    case "decimal" -> text(rs.getBigDecimal(i));
                    case "date" -> text(rs.getObject(i, LocalDate.class));
                    case "time" -> text(rs.getObject(i, LocalTime.class));
                    case "timestamp" -> text(rs.getObject(i, LocalDateTime.class));
                    case "timestamptz" -> {
                        OffsetDateTime v = rs.getObject(i, OffsetDateTime.class);
                        yield v == null ? null : v.toInstant().toString();
                    }
                    case "binary" -> {
                        byte[] v = rs.getBytes(i);
                        yield v == null ? null : Base64.getEncoder().encodeToString(v);
                    }
                    default -> rs.getString(i);
                };
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Long l) {
            json.writeNumber(l);
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else {
            json.writeString(value.toString());
        }
    }

    private static String text(Object value) {
        return value instanceof BigDecimal d ? d.toPlainString() : value == null ? null : value.toString();
    }

    /** The value of a JSON cell as the database takes it; {@link IllegalArgumentException} when it is not of its kind. */
    static Object read(JsonNode node, String kind) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (kind.equals("integer")) {
            require(node.isIntegralNumber());
            return node.longValue();
        }
        if (kind.equals("boolean")) {
            require(node.isBoolean());
            return node.booleanValue();
        }
        require(node.isString());
        String text = node.stringValue();
        try {
            return switch (kind) {
                case "decimal" -> new BigDecimal(text);
                case "date" -> LocalDate.parse(text);
                case "time" -> LocalTime.parse(text);
                case "timestamp" -> LocalDateTime.parse(text);
                case "timestamptz" -> Instant.parse(text).atOffset(ZoneOffset.UTC);
                case "binary" -> Base64.getDecoder().decode(text);
                default -> text;
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Not a " + kind + ": " + text, e);
        }
    }

    static void bind(PreparedStatement ps, int i, Object value, int sqlType) throws SQLException {
        if (value == null) {
            ps.setNull(i, sqlType);
        } else if (value instanceof String s) {
            ps.setString(i, s);
        } else if (value instanceof byte[] b) {
            ps.setBytes(i, b);
        } else if (value instanceof BigDecimal d) {
            ps.setBigDecimal(i, d);
        } else if (value instanceof Long l) {
            ps.setLong(i, l);
        } else if (value instanceof Boolean b) {
            ps.setBoolean(i, b);
        } else {
            ps.setObject(i, value);
        }
    }

    private static void require(boolean ok) {
        if (!ok) {
            throw new IllegalArgumentException("A value of the wrong kind");
        }
    }
}
