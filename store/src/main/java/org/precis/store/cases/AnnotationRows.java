package org.precis.store.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.precis.store.sql.Columns;
import org.precis.store.users.User;

/** The {@code annotations} table: GeoJSON features drawn on the slides of a case. */
final class AnnotationRows {
    private static final String SELECT = "SELECT n.id, n.case_id, n.slide_id, n.feature, u.name AS author,"
            + " n.author_id, n.created, n.report_version FROM annotations n JOIN users u ON u.id = n.author_id";

    private AnnotationRows() {}

    static Annotation insert(
            Connection connection,
            String caseId,
            String slideId,
            JsonNode feature,
            User author,
            Instant created,
            int reportVersion)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO annotations (case_id, slide_id, feature, author_id, created, report_version)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                new String[] {"id"})) {
            insert.setString(1, caseId);
            insert.setString(2, slideId);
            insert.setString(3, Columns.json(feature));
            insert.setLong(4, author.id());
            Columns.setInstant(insert, 5, created);
            insert.setInt(6, reportVersion);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return new Annotation(keys.getLong(1), caseId, slideId, feature, author.name(), created, reportVersion);
            }
        }
    }

    static List<Annotation> ofSlide(Connection connection, String caseId, String slideId) throws SQLException {
        return query(connection, SELECT + " WHERE n.case_id = ? AND n.slide_id = ? ORDER BY n.id", caseId, slideId);
    }

    static List<Annotation> ofCase(Connection connection, String caseId) throws SQLException {
        return query(connection, SELECT + " WHERE n.case_id = ? ORDER BY n.id", caseId);
    }

    /** The case an annotation belongs to and its author's id; NoSuchElementException for an unknown id. */
    record Owner(String caseId, long authorId, String author) {}

    static Owner owner(Connection connection, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT + " WHERE n.id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new NoSuchElementException("no annotation " + id);
                }
                return new Owner(row.getString("case_id"), row.getLong("author_id"), row.getString("author"));
            }
        }
    }

    static void delete(Connection connection, long id) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM annotations WHERE id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
    }

    private static List<Annotation> query(Connection connection, String sql, String... parameters) throws SQLException {
        List<Annotation> annotations = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    annotations.add(new Annotation(
                            rows.getLong("id"),
                            rows.getString("case_id"),
                            rows.getString("slide_id"),
                            Columns.json(rows, "feature"),
                            rows.getString("author"),
                            Columns.instant(rows, "created"),
                            rows.getInt("report_version")));
                }
            }
        }
        return List.copyOf(annotations);
    }
}
