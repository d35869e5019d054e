package org.precis.store.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Objects;
import org.precis.io.json.CanonicalJson;

/**
 * One row of the audit trail. {@code hash} is the SHA-256 of the canonical JSON of (sequence,
 * timestamp, actor, event, details, previous hash), as in the federation's file audit log with the
 * actor added; the first entry's previous hash is 64 zeros.
 */
public record AuditEntry(
        long sequence,
        Instant timestamp,
        String actor,
        String event,
        JsonNode details,
        String previousHash,
        String hash) {
    /** The previous hash of the first entry. */
    public static final String GENESIS_HASH = "0".repeat(64);

    public AuditEntry {
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
        details = details.deepCopy();
    }

    @Override
    public JsonNode details() {
        return details.deepCopy();
    }

    /** The hash an entry with these fields must carry. */
    static String hashOf(
            long sequence, Instant timestamp, String actor, String event, JsonNode details, String previousHash) {
        ObjectNode unsigned = JsonNodeFactory.instance.objectNode();
        unsigned.put("sequence", sequence);
        unsigned.put("timestamp", timestamp.toString());
        unsigned.put("actor", actor);
        unsigned.put("event", event);
        unsigned.set("details", details);
        unsigned.put("previous", previousHash);
        return CanonicalJson.sha256(unsigned);
    }
}
