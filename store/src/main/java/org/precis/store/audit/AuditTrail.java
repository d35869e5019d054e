package org.precis.store.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.precis.io.json.CanonicalJson;
import org.precis.store.sql.Columns;
import org.precis.store.sql.Database;

/**
 * The workstation's append-only, hash-chained audit trail in the {@code audit_entries} table:
 * every view of a case, every review, sign-off, amendment, export and login.
 *
 * <p>Appends are serialised by the database, not by this object: each one locks the single row of
 * {@code audit_head} ({@code SELECT ... FOR UPDATE}), which holds the last sequence number and
 * hash, inserts the next entry and moves the head in the same transaction. Two stores on one
 * PostgreSQL database (two server processes) therefore never fork the chain. The database refuses
 * UPDATE and DELETE on entries (a trigger); {@link #verify} finds an entry changed or removed by
 * someone who dropped the trigger, and a tail cut off (the head row then names a later entry).
 */
public final class AuditTrail {
    /** An event name: lower-case words joined by hyphens, e.g. {@code case-viewed}. */
    public static final Pattern EVENT = Pattern.compile("[a-z][a-z0-9-]{0,63}");

    /** Bound on one entry's details, in characters of canonical JSON. */
    public static final int MAX_DETAILS_CHARS = 1 << 20;

    /** The most entries {@link #list} returns at once. */
    public static final int MAX_LIST = 10_000;

    private static final int VERIFY_PAGE = 1_000;
    private static final String SELECT =
            "SELECT sequence, recorded, actor, event, details, previous_hash, hash FROM audit_entries";

    private final Database database;

    public AuditTrail(Database database) {
        this.database = database;
    }

    /**
     * Appends an entry: who ({@code actor}: a user name, or e.g. {@code system}; 1 to 64
     * characters), what ({@code event}) and the details (a JSON object).
     */
    public AuditEntry append(String actor, String event, JsonNode details) {
        Checked entry = checked(actor, event, details);
        return database.transaction(connection -> appendChecked(connection, entry));
    }

    /**
     * Appends an entry in the caller's transaction on {@code connection}, so that the entry is
     * recorded if and only if the change it describes is (a model registered, promoted).
     */
    public AuditEntry append(Connection connection, String actor, String event, JsonNode details) throws SQLException {
        return appendChecked(connection, checked(actor, event, details));
    }

    private record Checked(String actor, String event, String detailsText, JsonNode stored) {}

    private static Checked checked(String actor, String event, JsonNode details) {
        if (actor == null
                || actor.isBlank()
                || actor.length() > 64
                || actor.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("bad audit actor '" + actor + "': 1 to 64 printable characters");
        }
        if (event == null || !EVENT.matcher(event).matches()) {
            throw new IllegalArgumentException(
                    "bad audit event '" + event + "': lower-case words joined by hyphens, e.g. case-viewed");
        }
        if (details == null || !details.isObject()) {
            throw new IllegalArgumentException("audit details must be a JSON object");
        }
        String detailsText = CanonicalJson.write(details);
        if (detailsText.length() > MAX_DETAILS_CHARS) {
            throw new IllegalArgumentException("audit details are larger than " + MAX_DETAILS_CHARS + " characters");
        }
        // Hash what will be read back, so that verify() recomputes exactly this.
        return new Checked(actor, event, detailsText, Columns.parseJson(detailsText, "details"));
    }

    private AuditEntry appendChecked(Connection connection, Checked entry) throws SQLException {
        long sequence;
        String previous;
        try (PreparedStatement head =
                        connection.prepareStatement("SELECT sequence, hash FROM audit_head WHERE id = 1 FOR UPDATE");
                ResultSet row = head.executeQuery()) {
            if (!row.next()) {
                throw new IllegalStateException("the audit trail has no head row");
            }
            sequence = row.getLong("sequence") + 1;
            previous = row.getString("hash");
        }
        Instant now = database.now();
        String hash = AuditEntry.hashOf(sequence, now, entry.actor(), entry.event(), entry.stored(), previous);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_entries"
                + " (sequence, recorded, actor, event, details, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, sequence);
            Columns.setInstant(insert, 2, now);
            insert.setString(3, entry.actor());
            insert.setString(4, entry.event());
            insert.setString(5, entry.detailsText());
            insert.setString(6, previous);
            insert.setString(7, hash);
            insert.executeUpdate();
        }
        try (PreparedStatement move =
                connection.prepareStatement("UPDATE audit_head SET sequence = ?, hash = ? WHERE id = 1")) {
            move.setLong(1, sequence);
            move.setString(2, hash);
            move.executeUpdate();
        }
        return new AuditEntry(sequence, now, entry.actor(), entry.event(), entry.stored(), previous, hash);
    }

    /** Up to {@code limit} entries from {@code fromSequence} on, in order. */
    public List<AuditEntry> list(long fromSequence, int limit) {
        if (limit < 1 || limit > MAX_LIST) {
            throw new IllegalArgumentException("audit list limit must be 1.." + MAX_LIST + ", got " + limit);
        }
        return database.transaction(connection -> page(connection, fromSequence, limit));
    }

    /**
     * Re-computes every entry's hash and checks that each names the one before and that the head
     * row names the last: the first sequence where that fails is reported.
     */
    public AuditVerification verify() {
        return database.transaction(connection -> {
            long expected = 1;
            String head = AuditEntry.GENESIS_HASH;
            while (true) {
                List<AuditEntry> entries = page(connection, expected, VERIFY_PAGE);
                for (AuditEntry entry : entries) {
                    Optional<String> reason = check(entry, expected, head);
                    if (reason.isPresent()) {
                        return broken(expected - 1, head, entry.sequence(), reason.get());
                    }
                    expected++;
                    head = entry.hash();
                }
                if (entries.size() < VERIFY_PAGE) {
                    break;
                }
            }
            long last = expected - 1;
            try (PreparedStatement select =
                            connection.prepareStatement("SELECT sequence, hash FROM audit_head WHERE id = 1");
                    ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return broken(last, head, last + 1, "the head row is missing");
                }
                if (row.getLong("sequence") != last || !row.getString("hash").equals(head)) {
                    return broken(
                            last,
                            head,
                            last + 1,
                            "the head row names entry " + row.getLong("sequence") + " but the trail ends at " + last
                                    + " (entries were removed from the end)");
                }
            }
            return new AuditVerification(last, head, Optional.empty());
        });
    }

    private static Optional<String> check(AuditEntry entry, long expected, String head) {
        if (entry.sequence() != expected) {
            return Optional.of("entry " + expected + " is missing (the next is " + entry.sequence() + ")");
        }
        if (!entry.previousHash().equals(head)) {
            return Optional.of("its previous hash does not match the entry before (an entry was removed or replaced)");
        }
        String hash = AuditEntry.hashOf(
                entry.sequence(),
                entry.timestamp(),
                entry.actor(),
                entry.event(),
                entry.details(),
                entry.previousHash());
        if (!hash.equals(entry.hash())) {
            return Optional.of("its hash does not match its content (the entry was edited)");
        }
        return Optional.empty();
    }

    private static AuditVerification broken(long entries, String head, long sequence, String reason) {
        return new AuditVerification(
                entries,
                head,
                Optional.of(new AuditVerification.Problem(sequence, "entry " + sequence + ": " + reason)));
    }

    private static List<AuditEntry> page(Connection connection, long fromSequence, int limit) throws SQLException {
        List<AuditEntry> entries = new ArrayList<>();
        try (PreparedStatement select =
                connection.prepareStatement(SELECT + " WHERE sequence >= ? ORDER BY sequence LIMIT ?")) {
            select.setLong(1, fromSequence);
            select.setInt(2, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.add(new AuditEntry(
                            rows.getLong("sequence"),
                            Columns.instant(rows, "recorded"),
                            rows.getString("actor"),
                            rows.getString("event"),
                            Columns.json(rows, "details"),
                            rows.getString("previous_hash"),
                            rows.getString("hash")));
                }
            }
        }
        return entries;
    }
}
