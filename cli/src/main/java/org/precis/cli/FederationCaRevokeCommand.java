package org.precis.cli;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.precis.federation.pki.CollaborationCa;
import org.precis.federation.pki.PemFiles;
import org.precis.federation.pki.RevocationList;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code precis federation ca revoke}: adds a certificate to the CA's signed revocation list. */
@Command(
        name = "revoke",
        mixinStandardHelpOptions = true,
        description = "Revoke a certificate: adds its serial to "
                + "the CA's revoked.crl, which coordinators and sites load.")
final class FederationCaRevokeCommand implements Callable<Integer> {

    @Option(names = "--ca", required = true, paramLabel = "DIR", description = "The CA folder (from ca init).")
    Path caFolder;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--cert", paramLabel = "FILE", description = "The certificate (PEM) to revoke.")
        Path certificate;

        @Option(names = "--serial", paramLabel = "HEX", description = "The serial number (hex) to revoke.")
        String serial;
    }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CollaborationCa ca = CollaborationCa.load(caFolder);
        RevocationList list;
        String serial;
        if (target.certificate != null) {
            var certificate = PemFiles.readCertificates(target.certificate).get(0);
            list = ca.revoke(certificate, Clock.systemUTC());
            serial = certificate.getSerialNumber().toString(16);
        } else {
            BigInteger number;
            try {
                number = new BigInteger(target.serial, 16);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--serial '" + target.serial + "' is not a hexadecimal number");
            }
            list = ca.revoke(number, Clock.systemUTC());
            serial = number.toString(16);
        }
        var out = spec.commandLine().getOut();
        out.printf(
                "revoked serial %s; %s now lists %d certificate(s)%n",
                serial, ca.revocationFile(), list.serials().size());
        out.flush();
        return 0;
    }
}
