package org.precis.store.models;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.precis.store.sql.Columns;
import org.precis.store.users.User;

/** The {@code model_status_changes} table: appended only; a version's latest row is its status. */
final class StatusRows {
    private StatusRows() {}

    /** A production row of a model's history: which version became production, and how. */
    record ProductionChange(int version, ModelAction action) {}

    static void insert(
            Connection connection,
            String name,
            int version,
            ModelStatus status,
            ModelAction action,
            Instant now,
            User by,
            Optional<String> reason)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO model_status_changes (name, version, status, action, changed, changed_by, reason)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, name);
            insert.setInt(2, version);
            insert.setString(3, status.name());
            insert.setString(4, action.name());
            Columns.setInstant(insert, 5, now);
            insert.setLong(6, by.id());
            insert.setString(7, reason.orElse(null));
            insert.executeUpdate();
        }
    }

    /** The version's status changes, oldest first. */
    static List<ModelStatusChange> history(Connection connection, String name, int version) throws SQLException {
        List<ModelStatusChange> changes = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT s.name, s.version, s.status, s.action, s.changed, u.name AS changed_by_name, s.reason"
                        + " FROM model_status_changes s JOIN users u ON u.id = s.changed_by"
                        + " WHERE s.name = ? AND s.version = ? ORDER BY s.id")) {
            select.setString(1, name);
            select.setInt(2, version);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    changes.add(new ModelStatusChange(
                            rows.getString("name"),
                            rows.getInt("version"),
                            ModelStatus.valueOf(rows.getString("status")),
                            ModelAction.valueOf(rows.getString("action")),
                            Columns.instant(rows, "changed"),
                            rows.getString("changed_by_name"),
                            Columns.optionalString(rows, "reason")));
                }
            }
        }
        return changes;
    }

    /** Every change of the model's versions to production, oldest first. */
    static List<ProductionChange> productionChanges(Connection connection, String name) throws SQLException {
        List<ProductionChange> changes = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT version, action FROM model_status_changes"
                + " WHERE name = ? AND status = 'PRODUCTION' ORDER BY id")) {
            select.setString(1, name);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    changes.add(new ProductionChange(
                            rows.getInt("version"), ModelAction.valueOf(rows.getString("action"))));
                }
            }
        }
        return changes;
    }
}
