package org.precis.federation.audit;

import java.util.Locale;

/** What an audit entry records. */
public enum AuditEventType {
    /** A site node started with a policy and an identity. */
    SITE_STARTED,
    /** A request arrived (study, round, secure-aggregation message) and who sent it. */
    REQUEST_RECEIVED,
    /** A request was refused, with the reason (policy, disclosure, certificate). */
    REQUEST_REFUSED,
    /** Numbers left the site (masked or plain), with what they were. */
    VALUES_RELEASED;

    /** The label written into the log, e.g. {@code request-received}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The type whose {@link #label()} is {@code label}; IllegalArgumentException otherwise. */
    public static AuditEventType ofLabel(String label) {
        for (AuditEventType type : values()) {
            if (type.label().equals(label)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown audit event type '" + label + "'");
    }
}
