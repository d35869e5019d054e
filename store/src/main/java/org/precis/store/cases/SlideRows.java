package org.precis.store.cases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.precis.store.sql.Columns;
import org.precis.store.sql.Database;

/** The {@code slides} table: the slides of each case. */
final class SlideRows {
    private SlideRows() {}

    static void insert(Connection connection, String caseId, SlideRef slide, Instant added) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO slides (case_id, slide_id, path, name, sha256, added) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, caseId);
            insert.setString(2, slide.slideId());
            insert.setString(3, slide.path());
            insert.setString(4, slide.name());
            insert.setString(5, slide.sha256());
            Columns.setInstant(insert, 6, added);
            insert.executeUpdate();
        } catch (SQLException e) {
            if (Database.UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new IllegalArgumentException("case " + caseId + " already has a slide " + slide.slideId());
            }
            throw e;
        }
    }

    static boolean exists(Connection connection, String caseId, String slideId) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT 1 FROM slides WHERE case_id = ? AND slide_id = ?")) {
            select.setString(1, caseId);
            select.setString(2, slideId);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    static void requireExists(Connection connection, String caseId, String slideId) throws SQLException {
        if (!exists(connection, caseId, slideId)) {
            throw new IllegalArgumentException("case " + caseId + " has no slide " + slideId);
        }
    }

    static List<SlideRef> list(Connection connection, String caseId) throws SQLException {
        List<SlideRef> slides = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT slide_id, path, name, sha256 FROM slides WHERE case_id = ? ORDER BY added, slide_id")) {
            select.setString(1, caseId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    slides.add(new SlideRef(
                            rows.getString("slide_id"),
                            rows.getString("path"),
                            rows.getString("name"),
                            rows.getString("sha256")));
                }
            }
        }
        return List.copyOf(slides);
    }
}
