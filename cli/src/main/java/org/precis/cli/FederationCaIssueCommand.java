package org.precis.cli;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.precis.federation.pki.CertificateRequest;
import org.precis.federation.pki.CollaborationCa;
import org.precis.federation.pki.Credentials;
import org.precis.federation.pki.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code precis federation ca issue}: a participant's key and certificate, signed by the CA. */
@Command(
        name = "issue",
        mixinStandardHelpOptions = true,
        description = "Issue a certificate (EC P-256, CN = identity, "
                + "OU = role) and write IDENTITY.key (mode 600), IDENTITY.crt (chain) and ca.crt to the output folder.")
final class FederationCaIssueCommand implements Callable<Integer> {

    @Option(names = "--ca", required = true, paramLabel = "DIR", description = "The CA folder (from ca init).")
    Path caFolder;

    @Option(names = "--identity", required = true, paramLabel = "NAME", description = "Who the certificate is for.")
    String identity;

    @Option(names = "--role", required = true, paramLabel = "ROLE", description = "site, coordinator or researcher.")
    String role;

    @Option(names = "--days", defaultValue = "90", description = "Validity in days (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(
            names = "--host",
            paramLabel = "HOST",
            description =
                    "A host name or IP address the holder serves on " + "(repeatable), e.g. localhost and 127.0.0.1.")
    List<String> hosts = new ArrayList<>();

    @Option(
            names = {"-o", "--out"},
            required = true,
            paramLabel = "DIR",
            description = "Folder for the key and chain.")
    Path outFolder;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (days <= 0) {
            throw new IllegalArgumentException("--days must be positive, got " + days);
        }
        CertificateRequest request = new CertificateRequest(identity, Role.ofLabel(role), hosts, Duration.ofDays(days));
        CollaborationCa ca = CollaborationCa.load(caFolder);
        Credentials credentials = ca.issue(request, Clock.systemUTC(), new SecureRandom());
        Credentials.Paths paths = credentials.write(outFolder, identity);
        org.precis.federation.pki.PemFiles.writeCertificates(
                outFolder.resolve(CollaborationCa.CERTIFICATE_FILE), List.of(ca.certificate()));
        var out = spec.commandLine().getOut();
        out.printf(
                "issued %s:%s serial %s valid until %s%n",
                request.role().label(),
                identity,
                credentials.certificate().getSerialNumber().toString(16),
                credentials.certificate().getNotAfter().toInstant());
        out.printf("key   %s%nchain %s%n", paths.privateKey(), paths.chain());
        out.flush();
        return 0;
    }
}
