package org.precis.federation.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.precis.io.json.CanonicalJson;

/**
 * One line of the audit log. {@code hash} is the SHA-256 (hex) of the entry's canonical JSON
 * without the hash itself; {@code previousHash} is the hash of the entry before (64 zeros for the
 * first), which chains the log.
 */
public record AuditEntry(
        long sequence, Instant timestamp, AuditEventType type, JsonNode details, String previousHash, String hash) {
    /** The previous hash of the first entry. */
    public static final String GENESIS_HASH = "0".repeat(64);

    public AuditEntry {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence numbers start at 1, got " + sequence);
        }
        details = details.deepCopy();
    }

    @Override
    public JsonNode details() {
        return details.deepCopy();
    }

    /** Builds the entry that follows {@code previousHash}, computing its hash. */
    static AuditEntry next(
            long sequence, Instant timestamp, AuditEventType type, JsonNode details, String previousHash) {
        ObjectNode unsigned = unsignedJson(sequence, timestamp, type, details, previousHash);
        return new AuditEntry(sequence, timestamp, type, details, previousHash, sha256(CanonicalJson.write(unsigned)));
    }

    /** The JSON line written to the log (canonical, with the hash). */
    String line() {
        ObjectNode json = unsignedJson(sequence, timestamp, type, details, previousHash);
        json.put("hash", hash);
        return CanonicalJson.write(json);
    }

    static ObjectNode unsignedJson(
            long sequence, Instant timestamp, AuditEventType type, JsonNode details, String previousHash) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("sequence", sequence);
        json.put("timestamp", timestamp.toString());
        json.put("event", type.label());
        json.set("details", details);
        json.put("previous", previousHash);
        return json;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
