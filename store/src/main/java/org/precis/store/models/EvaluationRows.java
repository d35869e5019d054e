package org.precis.store.models;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.precis.store.sql.Columns;
import org.precis.store.users.User;

/** The {@code model_evaluations} table: appended only; a site's latest row is its verdict. */
final class EvaluationRows {
    private EvaluationRows() {}

    static void insert(
            Connection connection, String name, int version, NewModelEvaluation evaluation, Instant now, User by)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO model_evaluations"
                + " (name, version, site, study_id, metrics, better, evaluated, recorded_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, name);
            insert.setInt(2, version);
            insert.setString(3, evaluation.site());
            insert.setString(4, evaluation.studyId().orElse(null));
            insert.setString(5, Columns.json(evaluation.metrics()));
            insert.setBoolean(6, evaluation.better());
            Columns.setInstant(insert, 7, now);
            insert.setLong(8, by.id());
            insert.executeUpdate();
        }
    }

    /** The version's evaluations, oldest first. */
    static List<ModelEvaluation> of(Connection connection, String name, int version) throws SQLException {
        List<ModelEvaluation> evaluations = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT e.id, e.name, e.version, e.site, e.study_id, e.metrics, e.better, e.evaluated,"
                        + " u.name AS recorded_by_name FROM model_evaluations e JOIN users u ON u.id = e.recorded_by"
                        + " WHERE e.name = ? AND e.version = ? ORDER BY e.id")) {
            select.setString(1, name);
            select.setInt(2, version);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    evaluations.add(new ModelEvaluation(
                            rows.getLong("id"),
                            rows.getString("name"),
                            rows.getInt("version"),
                            rows.getString("site"),
                            Columns.optionalString(rows, "study_id"),
                            Columns.json(rows, "metrics"),
                            rows.getBoolean("better"),
                            Columns.instant(rows, "evaluated"),
                            rows.getString("recorded_by_name")));
                }
            }
        }
        return evaluations;
    }
}
