package org.precis.store.cases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code analysis_overlays} table. */
final class OverlayRows {
    private OverlayRows() {}

    static void insert(Connection connection, long analysisId, NewOverlay overlay) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO analysis_overlays (analysis_id, kind, label, media_type, view_name, content)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, analysisId);
            insert.setString(2, overlay.kind());
            insert.setString(3, overlay.label());
            insert.setString(4, overlay.mediaType());
            insert.setString(5, overlay.view());
            insert.setBytes(6, overlay.content());
            insert.executeUpdate();
        }
    }

    static List<OverlayInfo> list(Connection connection, long analysisId) throws SQLException {
        List<OverlayInfo> overlays = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT kind, label, media_type, view_name FROM analysis_overlays WHERE analysis_id = ? ORDER BY kind")) {
            select.setLong(1, analysisId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    overlays.add(new OverlayInfo(
                            rows.getString("kind"),
                            rows.getString("label"),
                            rows.getString("media_type"),
                            rows.getString("view_name")));
                }
            }
        }
        return overlays;
    }

    static Optional<NewOverlay> find(Connection connection, long analysisId, String kind) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT kind, label, media_type, view_name, content FROM analysis_overlays"
                        + " WHERE analysis_id = ? AND kind = ?")) {
            select.setLong(1, analysisId);
            select.setString(2, kind);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new NewOverlay(
                        rows.getString("kind"),
                        rows.getString("label"),
                        rows.getString("media_type"),
                        rows.getString("view_name"),
                        rows.getBytes("content")));
            }
        }
    }
}
