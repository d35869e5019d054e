package org.precis.federation.pki;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The collaboration's certificate authority, kept in one folder: {@code ca.key} (PKCS#8 PEM, mode
 * 600), {@code ca.crt} (self-signed) and {@code revoked.crl} (a CRL signed by the CA, empty at
 * first). It issues leaf certificates whose CN is the holder's identity and OU its role.
 */
public final class CollaborationCa {
    public static final String KEY_FILE = "ca.key";
    public static final String CERTIFICATE_FILE = "ca.crt";
    public static final String REVOCATION_FILE = "revoked.crl";
    /** A CA outlives the short-lived certificates it issues; ten years unless told otherwise. */
    public static final Duration DEFAULT_VALIDITY = Duration.ofDays(3650);

    private static final Duration CRL_VALIDITY = Duration.ofDays(90);

    private final Path folder;
    private final PrivateKey key;
    private final X509Certificate certificate;

    private CollaborationCa(Path folder, PrivateKey key, X509Certificate certificate) {
        this.folder = folder;
        this.key = key;
        this.certificate = certificate;
    }

    /** Creates a new CA in an empty (or new) folder; refuses to overwrite an existing one. */
    public static CollaborationCa init(Path folder, String name, Duration validity, Clock clock, SecureRandom random)
            throws IOException {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("CA name must not be blank");
        }
        if (Files.exists(folder.resolve(KEY_FILE)) || Files.exists(folder.resolve(CERTIFICATE_FILE))) {
            throw new IllegalStateException(
                    folder + ": already holds a CA (" + KEY_FILE + " or " + CERTIFICATE_FILE + ")");
        }
        KeyPair pair = KeyPairs.generate(random);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.CN, name)
                .addRDN(BCStyle.O, "precis collaboration")
                .build();
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                            subject,
                            serial(random),
                            Date.from(now),
                            Date.from(now.plus(validity)),
                            subject,
                            pair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(
                            Extension.subjectKeyIdentifier,
                            false,
                            extensions.createSubjectKeyIdentifier(pair.getPublic()));
            X509Certificate certificate = toCertificate(builder.build(signer(pair.getPrivate())));
            CollaborationCa ca = new CollaborationCa(folder, pair.getPrivate(), certificate);
            Files.createDirectories(folder);
            PemFiles.writePrivateKey(folder.resolve(KEY_FILE), pair.getPrivate());
            PemFiles.writeCertificates(folder.resolve(CERTIFICATE_FILE), List.of(certificate));
            ca.writeCrl(List.of(), now);
            return ca;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot create the CA certificate", e);
        }
    }

    /** Loads a CA folder written by {@link #init}. */
    public static CollaborationCa load(Path folder) throws PkiException {
        PrivateKey key = PemFiles.readPrivateKey(folder.resolve(KEY_FILE));
        X509Certificate certificate =
                PemFiles.readCertificates(folder.resolve(CERTIFICATE_FILE)).get(0);
        if (!KeyPairs.matches(key, certificate.getPublicKey())) {
            throw new PkiException(
                    folder.resolve(KEY_FILE) + ": key does not belong to " + folder.resolve(CERTIFICATE_FILE));
        }
        return new CollaborationCa(folder, key, certificate);
    }

    public X509Certificate certificate() {
        return certificate;
    }

    public Path folder() {
        return folder;
    }

    public Path revocationFile() {
        return folder.resolve(REVOCATION_FILE);
    }

    /** Issues a certificate with a fresh P-256 key pair; the returned chain is the leaf and this CA. */
    public Credentials issue(CertificateRequest request, Clock clock, SecureRandom random) {
        KeyPair pair = KeyPairs.generate(random);
        return new Credentials(
                pair.getPrivate(), List.of(certify(request, pair.getPublic(), clock, random), certificate));
    }

    /** Signs a certificate for a public key whose private key stays with its holder. */
    public X509Certificate certify(CertificateRequest request, PublicKey publicKey, Clock clock, SecureRandom random) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant notAfter = now.plus(request.validity());
        if (notAfter.isAfter(certificate.getNotAfter().toInstant())) {
            throw new IllegalArgumentException("requested validity ends after the CA certificate ("
                    + certificate.getNotAfter().toInstant() + ")");
        }
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.CN, request.identity())
                .addRDN(BCStyle.OU, request.role().label())
                .addRDN(BCStyle.O, "precis collaboration")
                .build();
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                            certificate, serial(random), Date.from(now), Date.from(notAfter), subject, publicKey)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(
                            Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyAgreement))
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(new KeyPurposeId[] {
                        KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth
                    }))
                    .addExtension(
                            Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(publicKey))
                    .addExtension(
                            Extension.authorityKeyIdentifier,
                            false,
                            extensions.createAuthorityKeyIdentifier(certificate));
            if (!request.hosts().isEmpty()) {
                GeneralName[] names =
                        request.hosts().stream().map(CollaborationCa::hostName).toArray(GeneralName[]::new);
                builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names));
            }
            return toCertificate(builder.build(signer(key)));
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("cannot issue a certificate for " + request.identity(), e);
        }
    }

    /** Adds a certificate's serial number to the revocation list and rewrites {@code revoked.crl}. */
    public RevocationList revoke(X509Certificate revoked, Clock clock) throws IOException {
        if (!revoked.getIssuerX500Principal().equals(certificate.getSubjectX500Principal())) {
            throw new IllegalArgumentException(
                    "certificate " + revoked.getSubjectX500Principal() + " was not issued by this CA");
        }
        return revoke(revoked.getSerialNumber(), clock);
    }

    /** Adds a serial number to the revocation list and rewrites {@code revoked.crl}. */
    public RevocationList revoke(BigInteger serial, Clock clock) throws IOException {
        RevocationList current = revocations();
        List<BigInteger> serials = new ArrayList<>(current.serials());
        if (!serials.contains(serial)) {
            serials.add(serial);
        }
        writeCrl(serials, clock.instant().truncatedTo(ChronoUnit.SECONDS));
        return revocations();
    }

    /** The current revocation list, verified against this CA. */
    public RevocationList revocations() throws PkiException {
        return RevocationList.load(revocationFile(), certificate);
    }

    private void writeCrl(List<BigInteger> serials, Instant now) throws IOException {
        X509v2CRLBuilder builder = new X509v2CRLBuilder(
                X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()), Date.from(now));
        builder.setNextUpdate(Date.from(now.plus(CRL_VALIDITY)));
        for (BigInteger serial : serials) {
            builder.addCRLEntry(serial, Date.from(now), CRLReason.unspecified);
        }
        try {
            X509CRLHolder holder = builder.build(signer(key));
            X509CRL crl = new JcaX509CRLConverter().getCRL(holder);
            PemFiles.writeCrl(revocationFile(), crl);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign the revocation list", e);
        }
    }

    private static GeneralName hostName(String host) {
        boolean ipAddress = host.matches("[0-9.]+") || host.contains(":");
        return new GeneralName(ipAddress ? GeneralName.iPAddress : GeneralName.dNSName, host);
    }

    private static BigInteger serial(SecureRandom random) {
        // 127 random bits keep serials positive and unguessable (CA/B Forum asks for at least 64).
        return new BigInteger(127, random).setBit(0);
    }

    private static ContentSigner signer(PrivateKey key) throws GeneralSecurityException {
        try {
            return new JcaContentSignerBuilder(KeyPairs.SIGNATURE_ALGORITHM).build(key);
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private static X509Certificate toCertificate(X509CertificateHolder holder) throws GeneralSecurityException {
        return new JcaX509CertificateConverter().getCertificate(holder);
    }
}
