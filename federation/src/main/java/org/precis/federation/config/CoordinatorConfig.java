package org.precis.federation.config;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.precis.federation.coordinator.CoordinatorSettings;
import org.precis.federation.tls.TlsFiles;

/**
 * A coordinator's configuration ({@code coord.yaml}), paths relative to the file:
 *
 * <pre>
 * host: 127.0.0.1            # where to listen
 * port: 7443                 # 0 picks a free port (written to port_file)
 * port_file: coordinator.port  # optional: the chosen port, written once listening
 * state: state               # folder of persisted studies
 * phase_timeout_ms: 30000    # optional: how long a secure-aggregation phase waits for a site
 * connect_wait_ms: 30000     # optional: how long a round waits for its sites to connect
 * tls: {key: coordinator.key, certificate: coordinator.crt, ca: ca.crt, revocations: revoked.crl}
 * </pre>
 */
public record CoordinatorConfig(CoordinatorSettings settings, java.util.Optional<Path> portFile, TlsFiles tls) {
    private static final Set<String> KEYS =
            Set.of("host", "port", "port_file", "state", "phase_timeout_ms", "connect_wait_ms", "tls");

    public static CoordinatorConfig read(Path file) throws IOException {
        ConfigFile config = ConfigFile.read(file, KEYS);
        CoordinatorSettings settings = new CoordinatorSettings(
                config.text("host"),
                config.port("port"),
                config.path("state"),
                config.millis("phase_timeout_ms", Duration.ofSeconds(30)),
                config.millis("connect_wait_ms", Duration.ofSeconds(30)));
        return new CoordinatorConfig(
                settings,
                config.has("port_file") ? java.util.Optional.of(config.path("port_file")) : java.util.Optional.empty(),
                config.tls());
    }
}
