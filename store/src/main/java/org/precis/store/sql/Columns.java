package org.precis.store.sql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.precis.io.json.CanonicalJson;

/**
 * How values go into columns and come back: instants as {@code TIMESTAMP WITH TIME ZONE} in UTC,
 * JSON as canonical text (keys sorted, so the same value is always the same text).
 */
public final class Columns {
    private Columns() {}

    public static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    public static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }

    public static Optional<Instant> optionalInstant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? Optional.empty() : Optional.of(value.toInstant());
    }

    public static Optional<String> optionalString(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getString(column));
    }

    /** The canonical text stored for {@code value}. */
    public static String json(JsonNode value) {
        return CanonicalJson.write(value);
    }

    public static JsonNode json(ResultSet row, String column) throws SQLException {
        return parseJson(row.getString(column), column);
    }

    /** Parses stored JSON text; a column that does not hold JSON is a broken store. */
    public static JsonNode parseJson(String text, String column) {
        try {
            return CanonicalJson.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("column " + column + " does not hold JSON: " + e.getOriginalMessage(), e);
        }
    }
}
