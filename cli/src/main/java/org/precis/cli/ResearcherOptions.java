package org.precis.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.precis.federation.researcher.ResearcherClient;
import org.precis.federation.tls.MutualTls;
import org.precis.federation.tls.TlsFiles;
import picocli.CommandLine.Option;

/** Where the coordinator is and the researcher's certificate: the options of every command that submits studies. */
final class ResearcherOptions {

    @Option(
            names = "--coordinator",
            required = true,
            paramLabel = "HOST:PORT",
            description = "Where the " + "coordinator listens.")
    String coordinator;

    @Option(names = "--key", required = true, paramLabel = "FILE", description = "The researcher's key (PKCS#8 PEM).")
    Path key;

    @Option(names = "--certificate", required = true, paramLabel = "FILE", description = "The researcher's chain.")
    Path certificate;

    @Option(names = "--ca", required = true, paramLabel = "FILE", description = "The collaboration CA certificate.")
    Path ca;

    @Option(names = "--revocations", required = true, paramLabel = "FILE", description = "The CA's revocation list.")
    Path revocations;

    /** Where the coordinator listens, checked: a usage error (exit 2) before any file is read. */
    Address address() {
        int colon = coordinator.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("--coordinator must be HOST:PORT, got '" + coordinator + "'");
        }
        try {
            return new Address(coordinator.substring(0, colon), Integer.parseInt(coordinator.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--coordinator port is not a number: '" + coordinator + "'");
        }
    }

    /** A connection to the coordinator at {@code address} over mutual TLS with the researcher's certificate. */
    ResearcherClient connect(Address address, Clock clock) throws java.io.IOException {
        MutualTls tls = MutualTls.load(new TlsFiles(key, certificate, ca, revocations), clock);
        return new ResearcherClient(address.host(), address.port(), tls, clock);
    }

    /** A coordinator's host and port. */
    record Address(String host, int port) {}
}
