package org.precis.federation.pki;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;

/**
 * A private key and its certificate chain (leaf first, then the collaboration CA): what a site,
 * coordinator or researcher presents in TLS. For Netty use {@code
 * SslContextBuilder.forServer(privateKey(), chainArray())} or the files written by {@link #write}.
 */
public record Credentials(PrivateKey privateKey, List<X509Certificate> chain) {
    /** File name suffix of the PKCS#8 PEM key. */
    public static final String KEY_SUFFIX = ".key";
    /** File name suffix of the PEM chain. */
    public static final String CHAIN_SUFFIX = ".crt";

    public Credentials {
        if (privateKey == null) {
            throw new IllegalArgumentException("private key must be given");
        }
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("certificate chain must not be empty");
        }
    }

    /** The holder's own certificate. */
    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** The chain as an array, leaf first, as TLS libraries take it. */
    public X509Certificate[] chainArray() {
        return chain.toArray(X509Certificate[]::new);
    }

    /** Writes {@code NAME.key} (PKCS#8 PEM, mode 600) and {@code NAME.crt} (chain PEM) into a folder. */
    public Paths write(Path folder, String name) throws IOException {
        Paths paths = new Paths(folder.resolve(name + KEY_SUFFIX), folder.resolve(name + CHAIN_SUFFIX));
        PemFiles.writePrivateKey(paths.privateKey(), privateKey);
        PemFiles.writeCertificates(paths.chain(), chain);
        return paths;
    }

    /** Reads credentials from a PEM key file and a PEM chain file; the key must match the leaf. */
    public static Credentials load(Path privateKeyFile, Path chainFile) throws PkiException {
        PrivateKey key = PemFiles.readPrivateKey(privateKeyFile);
        List<X509Certificate> chain = PemFiles.readCertificates(chainFile);
        if (!KeyPairs.matches(key, chain.get(0).getPublicKey())) {
            throw new PkiException(privateKeyFile + ": key does not belong to the certificate in " + chainFile);
        }
        return new Credentials(key, chain);
    }

    /** Key managers for a JDK {@code SSLContext} that present these credentials. */
    public KeyManager[] keyManagers() {
        try {
            char[] password = new char[0];
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("credentials", privateKey, password, chainArray());
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(store, password);
            return factory.getKeyManagers();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(
                    "cannot build a key manager for " + certificate().getSubjectX500Principal(), e);
        }
    }

    /** Where {@link #write} put the key and the chain. */
    public record Paths(Path privateKey, Path chain) {}
}
