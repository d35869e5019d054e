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
import java.util.Optional;
import org.precis.store.sql.Columns;

/** The {@code cases} table, and the row lock that serialises every change to one case. */
final class CaseRows {
    private static final String SELECT = "SELECT c.case_id, c.patient_pseudonym, c.specimen, c.clinical, c.created,"
            + " v.version, v.status FROM cases c JOIN report_versions v ON v.case_id = c.case_id"
            + " WHERE v.version = (SELECT MAX(w.version) FROM report_versions w WHERE w.case_id = c.case_id)";

    private CaseRows() {}

    static boolean exists(Connection connection, String caseId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM cases WHERE case_id = ?")) {
            select.setString(1, caseId);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    static void requireExists(Connection connection, String caseId) throws SQLException {
        if (!exists(connection, caseId)) {
            throw unknown(caseId);
        }
    }

    static NoSuchElementException unknown(String caseId) {
        return new NoSuchElementException("no case " + caseId);
    }

    /** The next free id of the form C-0001 from the case number sequence. */
    static String nextNumberedId(Connection connection) throws SQLException {
        while (true) {
            long number;
            try (PreparedStatement next = connection.prepareStatement("SELECT nextval('case_numbers')");
                    ResultSet row = next.executeQuery()) {
                row.next();
                number = row.getLong(1);
            }
            String caseId = String.format("C-%04d", number);
            if (!exists(connection, caseId)) {
                return caseId;
            }
        }
    }

    static void insert(Connection connection, String caseId, NewCase newCase, Instant created) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO cases (case_id, patient_pseudonym, specimen, clinical, created) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, caseId);
            insert.setString(2, newCase.patientPseudonym());
            insert.setString(3, newCase.specimen());
            insert.setString(4, Columns.json(newCase.clinical()));
            Columns.setInstant(insert, 5, created);
            insert.executeUpdate();
        }
    }

    static Optional<CaseRecord> find(Connection connection, String caseId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT + " AND c.case_id = ?")) {
            select.setString(1, caseId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(record(row)) : Optional.empty();
            }
        }
    }

    static CaseRecord require(Connection connection, String caseId) throws SQLException {
        return find(connection, caseId).orElseThrow(() -> unknown(caseId));
    }

    static List<CaseRecord> list(Connection connection) throws SQLException {
        List<CaseRecord> cases = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(SELECT + " ORDER BY c.case_id");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                cases.add(record(rows));
            }
        }
        return List.copyOf(cases);
    }

    static void updateClinical(Connection connection, String caseId, JsonNode clinical) throws SQLException {
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE cases SET clinical = ? WHERE case_id = ?")) {
            update.setString(1, Columns.json(clinical));
            update.setString(2, caseId);
            update.executeUpdate();
        }
    }

    /**
     * Locks the case's row for the rest of the transaction (so sign-off and changes to one case
     * never interleave) and returns its latest report version. NoSuchElementException for an
     * unknown case.
     */
    static ReportVersion lock(Connection connection, String caseId) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT case_id FROM cases WHERE case_id = ? FOR UPDATE")) {
            select.setString(1, caseId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw unknown(caseId);
                }
            }
        }
        return ReportVersionRows.latest(connection, caseId);
    }

    /**
     * Locks the case and returns its open draft version; IllegalStateException when its latest
     * version is signed.
     */
    static int lockEditable(Connection connection, String caseId) throws SQLException {
        ReportVersion latest = lock(connection, caseId);
        if (latest.status() != ReportStatus.DRAFT) {
            throw new IllegalStateException("case " + caseId + " is signed; amend it first");
        }
        return latest.version();
    }

    private static CaseRecord record(ResultSet row) throws SQLException {
        int version = row.getInt("version");
        ReportStatus latest = ReportStatus.valueOf(row.getString("status"));
        return new CaseRecord(
                row.getString("case_id"),
                row.getString("patient_pseudonym"),
                row.getString("specimen"),
                CaseStatus.of(latest, version),
                version,
                Columns.json(row, "clinical"),
                Columns.instant(row, "created"));
    }
}
