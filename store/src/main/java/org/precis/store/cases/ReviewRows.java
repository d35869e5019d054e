package org.precis.store.cases;

import com.fasterxml.jackson.databind.JsonNode;
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

/**
 * The {@code reviews} table. Rows are only inserted; the review that counts for a finding is its
 * latest (highest id).
 */
final class ReviewRows {
    private static final String SELECT = "SELECT r.id, a.case_id, r.analysis_id, r.finding_key, r.decision,"
            + " r.model_value, r.final_value, r.comment, u.name AS reviewer, r.reviewed, r.report_version"
            + " FROM reviews r JOIN analyses a ON a.id = r.analysis_id JOIN users u ON u.id = r.reviewer_id";
    /** The latest review of each finding of a case. */
    private static final String LATEST = " WHERE r.id IN (SELECT MAX(r2.id) FROM reviews r2"
            + " JOIN analyses a2 ON a2.id = r2.analysis_id WHERE a2.case_id = ? GROUP BY r2.analysis_id, r2.finding_key)";

    private ReviewRows() {}

    static Review insert(
            Connection connection,
            String caseId,
            long analysisId,
            String findingKey,
            ReviewDecision decision,
            JsonNode modelValue,
            JsonNode finalValue,
            Optional<String> comment,
            User reviewer,
            Instant reviewed,
            int reportVersion)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO reviews (analysis_id, finding_key, decision, model_value, final_value, comment,"
                        + " reviewer_id, reviewed, report_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                new String[] {"id"})) {
            insert.setLong(1, analysisId);
            insert.setString(2, findingKey);
            insert.setString(3, decision.name());
            insert.setString(4, Columns.json(modelValue));
            insert.setString(5, Columns.json(finalValue));
            insert.setString(6, comment.orElse(null));
            insert.setLong(7, reviewer.id());
            Columns.setInstant(insert, 8, reviewed);
            insert.setInt(9, reportVersion);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return new Review(
                        keys.getLong(1),
                        caseId,
                        analysisId,
                        findingKey,
                        decision,
                        modelValue,
                        finalValue,
                        comment,
                        reviewer.name(),
                        reviewed,
                        reportVersion);
            }
        }
    }

    /** Every review of the case, oldest first (superseded ones included). */
    static List<Review> all(Connection connection, String caseId) throws SQLException {
        return query(connection, SELECT + " WHERE a.case_id = ? ORDER BY r.id", caseId);
    }

    /** The review that counts for each reviewed finding of the case, by analysis and finding. */
    static List<Review> latest(Connection connection, String caseId) throws SQLException {
        return query(connection, SELECT + LATEST + " ORDER BY r.analysis_id, r.finding_key", caseId);
    }

    private static List<Review> query(Connection connection, String sql, String caseId) throws SQLException {
        List<Review> reviews = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, caseId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    reviews.add(review(rows));
                }
            }
        }
        return List.copyOf(reviews);
    }

    /**
     * For every case with a signed version: the latest review of each finding among those made up
     * to that version (reviews in an amendment still open are not labels yet).
     */
    static List<LabelledFinding> labelled(Connection connection) throws SQLException {
        String sql = "SELECT a.case_id, r.analysis_id, a.kind, r.finding_key, r.model_value, r.final_value,"
                + " r.decision, a.provenance, u.name AS reviewer, r.reviewed"
                + " FROM reviews r JOIN analyses a ON a.id = r.analysis_id JOIN users u ON u.id = r.reviewer_id"
                + " WHERE r.id IN (SELECT MAX(r2.id) FROM reviews r2 JOIN analyses a2 ON a2.id = r2.analysis_id"
                + " WHERE r2.report_version <= (SELECT MAX(v.version) FROM report_versions v"
                + " WHERE v.case_id = a2.case_id AND v.status <> 'DRAFT')"
                + " GROUP BY r2.analysis_id, r2.finding_key)"
                + " ORDER BY a.case_id, r.analysis_id, r.finding_key";
        List<LabelledFinding> findings = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql);
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                findings.add(new LabelledFinding(
                        rows.getString("case_id"),
                        rows.getLong("analysis_id"),
                        rows.getString("kind"),
                        rows.getString("finding_key"),
                        Columns.json(rows, "model_value"),
                        Columns.json(rows, "final_value"),
                        ReviewDecision.valueOf(rows.getString("decision")),
                        Columns.json(rows, "provenance"),
                        rows.getString("reviewer"),
                        Columns.instant(rows, "reviewed")));
            }
        }
        return List.copyOf(findings);
    }

    private static Review review(ResultSet row) throws SQLException {
        return new Review(
                row.getLong("id"),
                row.getString("case_id"),
                row.getLong("analysis_id"),
                row.getString("finding_key"),
                ReviewDecision.valueOf(row.getString("decision")),
                Columns.json(row, "model_value"),
                Columns.json(row, "final_value"),
                Columns.optionalString(row, "comment"),
                row.getString("reviewer"),
                Columns.instant(row, "reviewed"),
                row.getInt("report_version"));
    }
}
