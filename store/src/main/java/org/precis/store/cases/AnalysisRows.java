package org.precis.store.cases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.precis.store.sql.Columns;

/** The {@code analyses} table: results and provenance of the analyses run on each case. */
final class AnalysisRows {
    private static final String SELECT =
            "SELECT id, case_id, kind, slide_id, result, provenance, created," + " report_version FROM analyses";

    private AnalysisRows() {}

    static AnalysisRecord insert(
            Connection connection, String caseId, NewAnalysis analysis, Instant created, int reportVersion)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO analyses (case_id, kind, slide_id, result, provenance, created, report_version)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                new String[] {"id"})) {
            insert.setString(1, caseId);
            insert.setString(2, analysis.kind());
            if (analysis.slideId().isPresent()) {
                insert.setString(3, analysis.slideId().get());
            } else {
                insert.setNull(3, Types.VARCHAR);
            }
            insert.setString(4, Columns.json(analysis.result()));
            insert.setString(5, Columns.json(analysis.provenance()));
            Columns.setInstant(insert, 6, created);
            insert.setInt(7, reportVersion);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return new AnalysisRecord(
                        keys.getLong(1),
                        caseId,
                        analysis.kind(),
                        analysis.slideId(),
                        analysis.result(),
                        analysis.provenance(),
                        created,
                        reportVersion);
            }
        }
    }

    static List<AnalysisRecord> list(Connection connection, String caseId) throws SQLException {
        List<AnalysisRecord> analyses = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(SELECT + " WHERE case_id = ? ORDER BY id")) {
            select.setString(1, caseId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    analyses.add(record(rows));
                }
            }
        }
        return List.copyOf(analyses);
    }

    /** Analysis {@code id} of the case; NoSuchElementException when the case has none with that id. */
    static AnalysisRecord require(Connection connection, String caseId, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT + " WHERE case_id = ? AND id = ?")) {
            select.setString(1, caseId);
            select.setLong(2, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new NoSuchElementException("case " + caseId + " has no analysis " + id);
                }
                return record(row);
            }
        }
    }

    private static AnalysisRecord record(ResultSet row) throws SQLException {
        return new AnalysisRecord(
                row.getLong("id"),
                row.getString("case_id"),
                row.getString("kind"),
                Columns.optionalString(row, "slide_id"),
                Columns.json(row, "result"),
                Columns.json(row, "provenance"),
                Columns.instant(row, "created"),
                row.getInt("report_version"));
    }
}
