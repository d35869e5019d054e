package org.precis.federation.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import org.precis.io.json.CanonicalJson;

/**
 * Re-computes every entry's hash and checks each entry's sequence number and previous hash against
 * the one before: an edited line fails its own hash, a deleted, inserted or moved line breaks the
 * chain at the first line after the change. A truncated tail is only found against a head hash
 * recorded elsewhere ({@code expectedHead}): the log must contain an entry with that hash.
 */
public final class AuditLogVerifier {
    /** Lines longer than this are refused before they are parsed; a released vector of 10^6 doubles fits. */
    public static final int MAX_LINE_CHARS = 64 << 20;

    private static final Set<String> FIELDS = Set.of("sequence", "timestamp", "event", "details", "previous", "hash");

    private AuditLogVerifier() {}

    /** Verifies the whole log; {@code expectedHead} is a head hash recorded earlier, if any. */
    public static AuditVerification verify(Path log, Optional<String> expectedHead) throws AuditException {
        Walk walk = walk(log);
        if (walk.problem != null) {
            return new AuditVerification(walk.entries, walk.head, Optional.of(walk.problem));
        }
        if (expectedHead.isPresent() && !walk.seenHashes.contains(expectedHead.get())) {
            return new AuditVerification(
                    walk.entries,
                    walk.head,
                    Optional.of(new AuditVerification.Problem(
                            walk.entries + 1,
                            "no entry has the recorded head hash " + expectedHead.get()
                                    + ": the log was truncated or replaced")));
        }
        return new AuditVerification(walk.entries, walk.head, Optional.empty());
    }

    /** The last entry of an intact log, for appending; AuditException naming the first bad line otherwise. */
    static Walk walkIntact(Path log) throws AuditException {
        Walk walk = walk(log);
        if (walk.problem != null) {
            throw new AuditException(log + ": line " + walk.problem.line() + ": " + walk.problem.reason());
        }
        return walk;
    }

    static final class Walk {
        long entries;
        String head = AuditEntry.GENESIS_HASH;
        AuditVerification.Problem problem;
        final java.util.HashSet<String> seenHashes = new java.util.HashSet<>();
    }

    private static Walk walk(Path log) throws AuditException {
        Walk walk = new Walk();
        try (BufferedReader reader = Files.newBufferedReader(log, StandardCharsets.UTF_8)) {
            long lineNumber = 0;
            StringBuilder line = new StringBuilder();
            while (readLine(reader, line)) {
                lineNumber++;
                String reason = check(line.toString(), walk);
                if (reason != null) {
                    walk.problem = new AuditVerification.Problem(lineNumber, reason);
                    return walk;
                }
            }
        } catch (NoSuchFileException e) {
            throw new AuditException(log + ": no such file", e);
        } catch (IOException e) {
            throw new AuditException(log + ": cannot read: " + e.getMessage(), e);
        } catch (LineTooLongException e) {
            walk.problem = new AuditVerification.Problem(
                    walk.entries + 1, "line longer than " + MAX_LINE_CHARS + " characters");
        }
        return walk;
    }

    /** Null when the line is the correct next entry (and records it), else the reason. */
    private static String check(String line, Walk walk) {
        JsonNode json;
        try {
            json = CanonicalJson.mapper().readTree(line);
        } catch (JsonProcessingException e) {
            return "not JSON: " + e.getOriginalMessage();
        }
        if (json == null || !json.isObject()) {
            return "not a JSON object";
        }
        for (String field : FIELDS) {
            if (!json.has(field)) {
                return "missing field '" + field + "'";
            }
        }
        if (json.size() != FIELDS.size()) {
            return "unexpected fields besides " + FIELDS;
        }
        if (!json.get("sequence").canConvertToLong() || !json.get("sequence").isIntegralNumber()) {
            return "sequence is not an integer";
        }
        long sequence = json.get("sequence").asLong();
        if (sequence != walk.entries + 1) {
            return "sequence " + sequence + " where " + (walk.entries + 1)
                    + " was expected (a line was deleted, inserted or moved)";
        }
        String previous = json.get("previous").asText();
        if (!previous.equals(walk.head)) {
            return "previous hash does not match the entry before (a line was deleted, inserted or moved)";
        }
        Instant timestamp;
        AuditEventType type;
        try {
            timestamp = Instant.parse(json.get("timestamp").asText());
            type = AuditEventType.ofLabel(json.get("event").asText());
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return e.getMessage();
        }
        String expected = AuditEntry.sha256(
                CanonicalJson.write(AuditEntry.unsignedJson(sequence, timestamp, type, json.get("details"), previous)));
        String hash = json.get("hash").asText();
        if (!expected.equals(hash)) {
            return "hash does not match the entry's content (the line was edited)";
        }
        // Canonical form: a reformatted line with the same content would still be a changed file.
        if (!line.equals(CanonicalJson.write(json))) {
            return "line is not in canonical form (the line was edited)";
        }
        walk.entries = sequence;
        walk.head = hash;
        walk.seenHashes.add(hash);
        return null;
    }

    private static final class LineTooLongException extends Exception {
        LineTooLongException() {
            super(null, null, false, false);
        }
    }

    /** Reads one line into {@code line} without letting it grow past the limit. */
    private static boolean readLine(BufferedReader reader, StringBuilder line)
            throws IOException, LineTooLongException {
        line.setLength(0);
        int c = reader.read();
        if (c < 0) {
            return false;
        }
        while (c >= 0 && c != '\n') {
            if (line.length() >= MAX_LINE_CHARS) {
                throw new LineTooLongException();
            }
            line.append((char) c);
            c = reader.read();
        }
        return true;
    }
}
