package org.precis.federation.tls;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import org.precis.federation.pki.CertificateVerifier;
import org.precis.federation.pki.PkiException;

/**
 * The collaboration's verifier with the revocation list as it is on disk now: when an operator puts
 * a new list in place (e.g. after {@code precis federation ca revoke}), the next handshake and the
 * next message of every open stream are checked against it. A list that cannot be read or verified
 * refuses everyone rather than fall back to the old one.
 */
public final class CurrentVerifier {
    private final Path caCertificate;
    private final Path revocationList;
    private final Clock clock;
    private CertificateVerifier verifier;
    private FileTime loadedModified;
    private long loadedSize;

    public CurrentVerifier(Path caCertificate, Path revocationList, Clock clock) throws PkiException {
        this.caCertificate = caCertificate;
        this.revocationList = revocationList;
        this.clock = clock;
        reload();
    }

    /** The verifier for the revocation list now on disk. */
    public synchronized CertificateVerifier get() throws PkiException {
        try {
            if (!Files.getLastModifiedTime(revocationList).equals(loadedModified)
                    || Files.size(revocationList) != loadedSize) {
                reload();
            }
        } catch (IOException e) {
            throw new PkiException(revocationList + ": cannot read the revocation list: " + e.getMessage(), e);
        }
        return verifier;
    }

    private void reload() throws PkiException {
        try {
            FileTime modified = Files.getLastModifiedTime(revocationList);
            long size = Files.size(revocationList);
            verifier = CertificateVerifier.load(caCertificate, revocationList, clock);
            loadedModified = modified;
            loadedSize = size;
        } catch (PkiException e) {
            throw e;
        } catch (IOException e) {
            throw new PkiException(revocationList + ": cannot read the revocation list: " + e.getMessage(), e);
        }
    }
}
