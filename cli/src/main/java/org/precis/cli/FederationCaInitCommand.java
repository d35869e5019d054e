package org.precis.cli;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import org.precis.federation.pki.CollaborationCa;
import org.precis.io.file.FileSha256;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code precis federation ca init}: a new CA key (mode 600), self-signed certificate and empty CRL. */
@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        description = "Create a collaboration CA in a folder: "
                + "ca.key (PKCS#8 PEM, mode 600), ca.crt and an empty revoked.crl.")
final class FederationCaInitCommand implements Callable<Integer> {

    @Option(names = "--dir", required = true, paramLabel = "DIR", description = "Folder for the CA (created).")
    Path folder;

    @Option(
            names = "--name",
            defaultValue = "Precis collaboration CA",
            description = "CA common name " + "(default: ${DEFAULT-VALUE}).")
    String name;

    @Option(
            names = "--days",
            defaultValue = "3650",
            description = "Validity of the CA certificate in days " + "(default: ${DEFAULT-VALUE}).")
    int days;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (days <= 0) {
            throw new IllegalArgumentException("--days must be positive, got " + days);
        }
        CollaborationCa ca =
                CollaborationCa.init(folder, name, Duration.ofDays(days), Clock.systemUTC(), new SecureRandom());
        var out = spec.commandLine().getOut();
        out.printf(
                "CA %s in %s, valid until %s%n",
                ca.certificate().getSubjectX500Principal().getName(),
                folder,
                ca.certificate().getNotAfter().toInstant());
        out.printf(
                "certificate sha256 %s%n",
                HexFormat.of()
                        .formatHex(
                                FileSha256.newDigest().digest(ca.certificate().getEncoded())));
        out.flush();
        return 0;
    }
}
