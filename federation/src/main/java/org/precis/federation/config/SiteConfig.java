package org.precis.federation.config;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.precis.federation.tls.TlsFiles;

/**
 * A site node's configuration ({@code site.yaml}), paths relative to the file:
 *
 * <pre>
 * coordinator_host: 127.0.0.1
 * coordinator_port: 7443
 * data: lung-a.csv              # the site's table (CSV with a header row); optional with patches
 * patches: lung-a.h5            # optional: the site's labelled patch embeddings (precis embed --patches)
 * policy: policy.yaml           # what the site allows
 * audit: audit.log              # hash-chained audit log
 * privacy_ledger: privacy.json  # optional: the differential privacy spent (default privacy-ledger.json beside the audit log)
 * wire_bytes: wire-bytes.json   # optional: bytes sent a study, rewritten after each round
 * reconnect_initial_ms: 200     # optional back-off bounds
 * reconnect_max_ms: 10000
 * tls: {key: lung-a.key, certificate: lung-a.crt, ca: ca.crt, revocations: revoked.crl}
 * </pre>
 */
public record SiteConfig(
        String coordinatorHost,
        int coordinatorPort,
        java.util.Optional<Path> data,
        java.util.Optional<Path> patches,
        Path policy,
        Path audit,
        Path privacyLedger,
        java.util.Optional<Path> wireBytes,
        Duration reconnectInitial,
        Duration reconnectMax,
        TlsFiles tls) {
    private static final Set<String> KEYS = Set.of(
            "coordinator_host",
            "coordinator_port",
            "data",
            "patches",
            "policy",
            "audit",
            "privacy_ledger",
            "wire_bytes",
            "reconnect_initial_ms",
            "reconnect_max_ms",
            "tls");

    public static SiteConfig read(Path file) throws IOException {
        ConfigFile config = ConfigFile.read(file, KEYS);
        if (!config.has("data") && !config.has("patches")) {
            throw new org.precis.table.InputDataException(
                    file, 0, "names neither 'data' (a table) nor 'patches' (a patch set)");
        }
        return new SiteConfig(
                config.text("coordinator_host"),
                config.port("coordinator_port"),
                optional(config, "data"),
                optional(config, "patches"),
                config.path("policy"),
                config.path("audit"),
                config.has("privacy_ledger")
                        ? config.path("privacy_ledger")
                        : config.path("audit").resolveSibling("privacy-ledger.json"),
                config.has("wire_bytes")
                        ? java.util.Optional.of(config.path("wire_bytes"))
                        : java.util.Optional.empty(),
                config.millis("reconnect_initial_ms", Duration.ofMillis(200)),
                config.millis("reconnect_max_ms", Duration.ofSeconds(10)),
                config.tls());
    }

    private static java.util.Optional<Path> optional(ConfigFile config, String key) {
        return config.has(key) ? java.util.Optional.of(config.path(key)) : java.util.Optional.empty();
    }
}
