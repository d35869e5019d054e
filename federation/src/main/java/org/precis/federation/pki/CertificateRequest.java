package org.precis.federation.pki;

import java.time.Duration;
import java.util.List;

/**
 * What to put into a new certificate: the holder's identity (CN), role (OU), the host names or IP
 * addresses it serves on (subject alternative names, empty for a pure client) and how long it is
 * valid.
 */
public record CertificateRequest(String identity, Role role, List<String> hosts, Duration validity) {
    /** Short-lived by default: a leaked key is useless after a quarter. */
    public static final Duration DEFAULT_VALIDITY = Duration.ofDays(90);

    public CertificateRequest {
        if (identity == null || identity.isBlank()) {
            throw new IllegalArgumentException("identity must not be blank");
        }
        if (identity.chars().anyMatch(c -> c < 0x20 || c == ',' || c == '+' || c == '=' || c == '"' || c == '\\')) {
            throw new IllegalArgumentException(
                    "identity '" + identity + "' contains a character not allowed in a certificate name");
        }
        if (role == null) {
            throw new IllegalArgumentException("role must be given");
        }
        hosts = List.copyOf(hosts);
        for (String host : hosts) {
            if (host.isBlank() || host.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("host '" + host + "' is not a host name or IP address");
            }
        }
        if (validity == null || validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("validity must be positive, got " + validity);
        }
    }

    /** A request valid for {@link #DEFAULT_VALIDITY}. */
    public static CertificateRequest of(String identity, Role role, List<String> hosts) {
        return new CertificateRequest(identity, role, hosts, DEFAULT_VALIDITY);
    }
}
