package org.precis.store.models;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.precis.store.sql.Columns;
import org.precis.store.users.User;

/** The {@code model_versions} table, read with each version's file size, registrar and current status. */
final class VersionRows {
    private static final String SELECT = "SELECT v.name, v.version, v.parent_version, v.task, v.intended_use,"
            + " v.training_data, v.study_id, v.rounds, v.privacy, v.encoder_licence, v.file_sha256, f.size_bytes,"
            + " v.created, u.name AS created_by_name,"
            + " (SELECT s.status FROM model_status_changes s WHERE s.name = v.name AND s.version = v.version"
            + " ORDER BY s.id DESC LIMIT 1) AS status"
            + " FROM model_versions v JOIN model_files f ON f.sha256 = v.file_sha256"
            + " JOIN users u ON u.id = v.created_by";

    private VersionRows() {}

    /**
     * Locks the model's first version ({@code SELECT ... FOR UPDATE}), which serialises everything
     * that numbers or changes the status of the model's versions; false when the model has none.
     */
    static boolean lockModel(Connection connection, String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT version FROM model_versions WHERE name = ? AND version = 1 FOR UPDATE")) {
            select.setString(1, name);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    /** As {@link #lockModel}, NoSuchElementException when there is no such model. */
    static void requireLockedModel(Connection connection, String name) throws SQLException {
        if (!lockModel(connection, name)) {
            throw new NoSuchElementException("there is no model named " + name);
        }
    }

    static int lastVersion(Connection connection, String name) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT MAX(version) FROM model_versions WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    static void insert(
            Connection connection, int version, NewModelVersion model, String fileSha256, Instant now, User by)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO model_versions (name, version,"
                + " parent_version, task, intended_use, training_data, study_id, rounds, privacy, encoder_licence,"
                + " file_sha256, created, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, model.name());
            insert.setInt(2, version);
            insert.setObject(3, model.parentVersion().orElse(null), java.sql.Types.INTEGER);
            insert.setString(4, model.task());
            insert.setString(5, model.intendedUse());
            insert.setString(6, ModelJson.trainingData(model.trainingData()));
            insert.setString(7, model.studyId().orElse(null));
            insert.setInt(8, model.rounds());
            insert.setString(9, ModelJson.privacy(model.privacy()));
            insert.setString(10, model.encoderLicence());
            insert.setString(11, fileSha256);
            Columns.setInstant(insert, 12, now);
            insert.setLong(13, by.id());
            insert.executeUpdate();
        }
    }

    static Optional<ModelVersion> find(Connection connection, String name, int version) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT + " WHERE v.name = ? AND v.version = ?")) {
            select.setString(1, name);
            select.setInt(2, version);
            List<ModelVersion> found = read(select);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    /** The version; NoSuchElementException naming the model's versions when there is no such one. */
    static ModelVersion require(Connection connection, String name, int version) throws SQLException {
        Optional<ModelVersion> found = find(connection, name, version);
        if (found.isPresent()) {
            return found.get();
        }
        int last = lastVersion(connection, name);
        throw new NoSuchElementException(
                last == 0
                        ? "there is no model named " + name
                        : "model " + name + " has no version " + version + " (its versions are 1 to " + last + ")");
    }

    /** Every version of every model, by name and version. */
    static List<ModelVersion> all(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT + " ORDER BY v.name, v.version")) {
            return read(select);
        }
    }

    /** The model's versions, oldest first. */
    static List<ModelVersion> of(Connection connection, String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT + " WHERE v.name = ? ORDER BY v.version")) {
            select.setString(1, name);
            return read(select);
        }
    }

    private static List<ModelVersion> read(PreparedStatement select) throws SQLException {
        List<ModelVersion> versions = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                int parent = rows.getInt("parent_version");
                Optional<Integer> parentVersion = rows.wasNull() ? Optional.empty() : Optional.of(parent);
                versions.add(new ModelVersion(
                        rows.getString("name"),
                        rows.getInt("version"),
                        parentVersion,
                        rows.getString("task"),
                        rows.getString("intended_use"),
                        ModelJson.trainingData(rows.getString("training_data")),
                        Columns.optionalString(rows, "study_id"),
                        rows.getInt("rounds"),
                        ModelJson.privacy(rows.getString("privacy")),
                        rows.getString("encoder_licence"),
                        rows.getString("file_sha256"),
                        rows.getLong("size_bytes"),
                        Columns.instant(rows, "created"),
                        rows.getString("created_by_name"),
                        ModelStatus.valueOf(rows.getString("status"))));
            }
        }
        return versions;
    }
}
