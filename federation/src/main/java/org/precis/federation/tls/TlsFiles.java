package org.precis.federation.tls;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The files a participant needs for mutual TLS: its PKCS#8 key and certificate chain (from {@code
 * precis federation ca issue}), the collaboration CA's certificate and its revocation list.
 */
public record TlsFiles(Path privateKey, Path certificateChain, Path caCertificate, Path revocationList) {
    public TlsFiles {
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(certificateChain, "certificateChain");
        Objects.requireNonNull(caCertificate, "caCertificate");
        Objects.requireNonNull(revocationList, "revocationList");
    }
}
