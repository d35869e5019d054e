package org.precis.federation.pki;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.precis.io.file.AtomicFile;
import org.precis.io.file.FileAccess;

/**
 * Reads and writes the PEM files of the PKI. Keys are PKCS#8 ({@code BEGIN PRIVATE KEY}), the form
 * Netty's {@code SslContextBuilder} reads; every file is written to a temporary file in the same
 * folder and renamed, and key files are readable by their owner only (600) from the moment they
 * exist.
 */
public final class PemFiles {

    private PemFiles() {}

    /** Writes a private key as PKCS#8 PEM with permissions 600. */
    public static void writePrivateKey(Path file, PrivateKey key) throws IOException {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(text)) {
            pem.writeObject(new JcaPKCS8Generator(key, null));
        }
        writeAtomically(file, text.toString(), FileAccess.OWNER_ONLY);
    }

    /** Writes certificates (leaf first) as concatenated PEM blocks. */
    public static void writeCertificates(Path file, List<X509Certificate> chain) throws IOException {
        writeAtomically(file, pemOf(chain), FileAccess.UMASK);
    }

    /** Writes a certificate revocation list as PEM. */
    public static void writeCrl(Path file, X509CRL crl) throws IOException {
        writeAtomically(file, pemOf(List.of(crl)), FileAccess.UMASK);
    }

    /** Reads a PKCS#8 (or SEC1 EC) private key PEM file. */
    public static PrivateKey readPrivateKey(Path file) throws PkiException {
        Object object = readSingle(file);
        try {
            JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
            if (object instanceof PrivateKeyInfo info) {
                return converter.getPrivateKey(info);
            }
            if (object instanceof org.bouncycastle.openssl.PEMKeyPair pair) {
                return converter.getPrivateKey(pair.getPrivateKeyInfo());
            }
        } catch (IOException | RuntimeException e) {
            // Bouncy Castle parses lazily: malformed ASN.1 surfaces here, as unchecked exceptions too.
            throw new PkiException(file + ": unreadable private key: " + e.getMessage(), e);
        }
        throw new PkiException(file + ": not a private key (found " + describe(object) + ")");
    }

    /** Reads every certificate of a PEM file, in file order; at least one is required. */
    public static List<X509Certificate> readCertificates(Path file) throws PkiException {
        List<X509Certificate> certificates = new ArrayList<>();
        for (Object object : readAll(file)) {
            if (!(object instanceof X509CertificateHolder holder)) {
                throw new PkiException(file + ": expected certificates, found " + describe(object));
            }
            try {
                certificates.add((X509Certificate)
                        x509Factory().generateCertificate(new ByteArrayInputStream(holder.getEncoded())));
            } catch (IOException | CertificateException | RuntimeException e) {
                throw new PkiException(file + ": unreadable certificate: " + e.getMessage(), e);
            }
        }
        if (certificates.isEmpty()) {
            throw new PkiException(file + ": no certificate in file");
        }
        return List.copyOf(certificates);
    }

    /** Reads a PEM certificate revocation list. */
    public static X509CRL readCrl(Path file) throws PkiException {
        Object object = readSingle(file);
        if (!(object instanceof X509CRLHolder holder)) {
            throw new PkiException(file + ": not a certificate revocation list (found " + describe(object) + ")");
        }
        try {
            return (X509CRL) x509Factory().generateCRL(new ByteArrayInputStream(holder.getEncoded()));
        } catch (IOException | java.security.cert.CRLException | RuntimeException e) {
            throw new PkiException(file + ": unreadable revocation list: " + e.getMessage(), e);
        }
    }

    static CertificateFactory x509Factory() {
        try {
            return CertificateFactory.getInstance("X.509");
        } catch (CertificateException e) {
            throw new IllegalStateException("the JDK has no X.509 certificate factory", e);
        }
    }

    private static String pemOf(List<?> objects) throws IOException {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(text)) {
            for (Object object : objects) {
                pem.writeObject(object);
            }
        }
        return text.toString();
    }

    private static Object readSingle(Path file) throws PkiException {
        List<Object> objects = readAll(file);
        if (objects.size() != 1) {
            throw new PkiException(file + ": expected one PEM block, found " + objects.size());
        }
        return objects.get(0);
    }

    private static List<Object> readAll(Path file) throws PkiException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            throw new PkiException(file + ": no such file", e);
        } catch (IOException e) {
            throw new PkiException(file + ": cannot read: " + e.getMessage(), e);
        }
        List<Object> objects = new ArrayList<>();
        try (PEMParser parser = new PEMParser(new StringReader(text))) {
            for (Object object = parser.readObject(); object != null; object = parser.readObject()) {
                objects.add(object);
            }
        } catch (IOException | RuntimeException e) {
            throw new PkiException(file + ": not valid PEM: " + e.getMessage(), e);
        }
        return objects;
    }

    private static String describe(Object object) {
        return object == null ? "nothing" : object.getClass().getSimpleName();
    }

    /** A key is made owner-only before any byte is written; certificates and CRLs get the umask's mode. */
    private static void writeAtomically(Path file, String text, FileAccess access) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        AtomicFile.write(file, access, out -> out.write(bytes));
    }
}
