package org.precis.store.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.precis.store.sql.Columns;

/**
 * The {@code report_versions} table. A draft row is signed once, by an UPDATE that only matches a
 * draft; after that the database refuses any UPDATE or DELETE of the row (a trigger, V2).
 */
final class ReportVersionRows {
    private static final String SELECT = "SELECT v.case_id, v.version, v.status, v.reason, v.opened,"
            + " o.name AS opened_by_name, v.signed, s.name AS signed_by_name, v.snapshot, v.snapshot_sha256"
            + " FROM report_versions v LEFT JOIN users o ON o.id = v.opened_by LEFT JOIN users s ON s.id = v.signed_by"
            + " WHERE v.case_id = ?";

    private ReportVersionRows() {}

    static void insertDraft(
            Connection connection,
            String caseId,
            int version,
            Optional<String> reason,
            Optional<Long> openedBy,
            Instant opened)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO report_versions"
                + " (case_id, version, status, reason, opened, opened_by) VALUES (?, ?, 'DRAFT', ?, ?, ?)")) {
            insert.setString(1, caseId);
            insert.setInt(2, version);
            insert.setString(3, reason.orElse(null));
            Columns.setInstant(insert, 4, opened);
            if (openedBy.isPresent()) {
                insert.setLong(5, openedBy.get());
            } else {
                insert.setNull(5, Types.BIGINT);
            }
            insert.executeUpdate();
        }
    }

    static ReportVersion latest(Connection connection, String caseId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT
                + " AND v.version = (SELECT MAX(w.version) FROM report_versions w WHERE w.case_id = v.case_id)")) {
            select.setString(1, caseId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("case " + caseId + " has no report version");
                }
                return version(row);
            }
        }
    }

    static List<ReportVersion> list(Connection connection, String caseId) throws SQLException {
        List<ReportVersion> versions = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(SELECT + " ORDER BY v.version")) {
            select.setString(1, caseId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    versions.add(version(rows));
                }
            }
        }
        return List.copyOf(versions);
    }

    /** Signs the open draft {@code version}: status, signer, time and the frozen snapshot with its hash. */
    static void sign(
            Connection connection,
            String caseId,
            int version,
            ReportStatus status,
            Instant signed,
            long signedBy,
            String snapshot,
            String snapshotSha256)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE report_versions SET status = ?,"
                + " signed = ?, signed_by = ?, snapshot = ?, snapshot_sha256 = ?"
                + " WHERE case_id = ? AND version = ? AND status = 'DRAFT'")) {
            update.setString(1, status.name());
            Columns.setInstant(update, 2, signed);
            update.setLong(3, signedBy);
            update.setString(4, snapshot);
            update.setString(5, snapshotSha256);
            update.setString(6, caseId);
            update.setInt(7, version);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("case " + caseId + " version " + version + " is not an open draft");
            }
        }
    }

    private static ReportVersion version(ResultSet row) throws SQLException {
        Optional<String> snapshotText = Columns.optionalString(row, "snapshot");
        Optional<JsonNode> snapshot = snapshotText.map(text -> Columns.parseJson(text, "snapshot"));
        return new ReportVersion(
                row.getString("case_id"),
                row.getInt("version"),
                ReportStatus.valueOf(row.getString("status")),
                Columns.optionalString(row, "reason"),
                Columns.instant(row, "opened"),
                Columns.optionalString(row, "opened_by_name"),
                Columns.optionalInstant(row, "signed"),
                Columns.optionalString(row, "signed_by_name"),
                snapshot,
                Columns.optionalString(row, "snapshot_sha256"));
    }
}
