package org.precis.federation.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateVerifierTest {
    private static final Instant ISSUED = Instant.parse("2026-03-01T10:00:00Z");
    private final Clock issueClock = Clock.fixed(ISSUED, ZoneOffset.UTC);
    private final SecureRandom random = new SecureRandom();

    @TempDir
    Path folder;

    @Test
    void caFolderHoldsKeyOwnerOnlyCertificateAndEmptyRevocationList() throws Exception {
        CollaborationCa ca = CollaborationCa.init(
                folder.resolve("ca"), "Test collaboration", CollaborationCa.DEFAULT_VALIDITY, issueClock, random);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("ca/ca.key"))))
                .isEqualTo("rw-------");
        assertThat(Files.readString(folder.resolve("ca/ca.key"))).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(ca.certificate().getBasicConstraints()).isEqualTo(0);
        assertThat(ca.certificate().getSubjectX500Principal())
                .isEqualTo(ca.certificate().getIssuerX500Principal());
        ca.certificate().verify(ca.certificate().getPublicKey());
        assertThat(ca.revocations().serials()).isEmpty();
        assertThat(CollaborationCa.load(folder.resolve("ca")).certificate()).isEqualTo(ca.certificate());
        assertThatThrownBy(() ->
                        CollaborationCa.init(folder.resolve("ca"), "again", Duration.ofDays(10), issueClock, random))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already holds a CA");
    }

    @Test
    void issuedCertificateCarriesIdentityRoleHostsAndNinetyDays() throws Exception {
        CollaborationCa ca = CollaborationCa.init(
                folder.resolve("ca"), "Test collaboration", CollaborationCa.DEFAULT_VALIDITY, issueClock, random);
        Credentials site = ca.issue(
                CertificateRequest.of("oslo", Role.SITE, List.of("localhost", "127.0.0.1")), issueClock, random);

        X509Certificate leaf = site.certificate();
        assertThat(CertificateIdentity.of(leaf)).isEqualTo(new CertificateIdentity("oslo", Role.SITE));
        assertThat(leaf.getPublicKey().getAlgorithm()).isEqualTo("EC");
        assertThat(Duration.between(
                        leaf.getNotBefore().toInstant(), leaf.getNotAfter().toInstant()))
                .isEqualTo(Duration.ofDays(90));
        assertThat(leaf.getSubjectAlternativeNames().stream()
                        .map(name -> (Object) name.get(1))
                        .toList())
                .containsExactly((Object) "localhost", "127.0.0.1");
        assertThat(leaf.getExtendedKeyUsage()).contains("1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2");

        Credentials.Paths paths = site.write(folder.resolve("oslo"), "oslo");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(paths.privateKey())))
                .isEqualTo("rw-------");
        Credentials loaded = Credentials.load(paths.privateKey(), paths.chain());
        assertThat(loaded.chain()).containsExactly(leaf, ca.certificate());
        assertThat(loaded.privateKey().getEncoded()).isEqualTo(site.privateKey().getEncoded());
    }

    @Test
    void admitsCurrentCertificateAndRefusesExpiredNotYetValidRevokedAndForeign() throws Exception {
        CollaborationCa ca = CollaborationCa.init(
                folder.resolve("ca"), "Test collaboration", CollaborationCa.DEFAULT_VALIDITY, issueClock, random);
        Credentials oslo = ca.issue(CertificateRequest.of("oslo", Role.SITE, List.of()), issueClock, random);
        Credentials bergen = ca.issue(CertificateRequest.of("bergen", Role.SITE, List.of()), issueClock, random);
        Credentials alice = ca.issue(CertificateRequest.of("alice", Role.RESEARCHER, List.of()), issueClock, random);
        CollaborationCa foreign = CollaborationCa.init(
                folder.resolve("foreign"), "Test collaboration", CollaborationCa.DEFAULT_VALIDITY, issueClock, random);
        Credentials impostor = foreign.issue(CertificateRequest.of("oslo", Role.SITE, List.of()), issueClock, random);

        Clock day30 = Clock.fixed(ISSUED.plus(Duration.ofDays(30)), ZoneOffset.UTC);
        CertificateVerifier verifier = new CertificateVerifier(ca.certificate(), ca.revocations(), day30);
        assertThat(verifier.verify(oslo.chainArray())).isEqualTo(new CertificateIdentity("oslo", Role.SITE));
        assertThat(verifier.admit(alice.chainArray(), List.of(new CertificateIdentity("alice", Role.RESEARCHER)))
                        .identity())
                .isEqualTo("alice");
        assertThatThrownBy(
                        () -> verifier.admit(bergen.chainArray(), List.of(new CertificateIdentity("oslo", Role.SITE))))
                .isInstanceOf(CertificateRefusedException.class)
                .hasMessageContaining("site:bergen is not a participant");
        // Same identity, role mismatch: a researcher may not pose as a site.
        assertThatThrownBy(
                        () -> verifier.admit(alice.chainArray(), List.of(new CertificateIdentity("alice", Role.SITE))))
                .isInstanceOf(CertificateRefusedException.class);

        CertificateVerifier day91 = new CertificateVerifier(
                ca.certificate(), ca.revocations(), Clock.fixed(ISSUED.plus(Duration.ofDays(91)), ZoneOffset.UTC));
        assertThatThrownBy(() -> day91.verify(oslo.chainArray()))
                .isInstanceOf(CertificateRefusedException.class)
                .hasMessageContaining("expired");
        CertificateVerifier beforeIssue = new CertificateVerifier(
                ca.certificate(), ca.revocations(), Clock.fixed(ISSUED.minusSeconds(60), ZoneOffset.UTC));
        assertThatThrownBy(() -> beforeIssue.verify(oslo.chainArray())).hasMessageContaining("not valid before");

        assertThatThrownBy(() -> verifier.verify(impostor.chainArray()))
                .isInstanceOf(CertificateRefusedException.class)
                .hasMessageContaining("not signed by the collaboration CA");
        assertThatThrownBy(() -> verifier.verify(new X509Certificate[] {ca.certificate()}))
                .hasMessageContaining("CA certificate");

        RevocationList revoked = ca.revoke(bergen.certificate(), day30);
        assertThat(revoked.serials()).containsExactly(bergen.certificate().getSerialNumber());
        CertificateVerifier reloaded =
                CertificateVerifier.load(folder.resolve("ca/ca.crt"), ca.revocationFile(), day30);
        assertThatThrownBy(() -> reloaded.verify(bergen.chainArray()))
                .isInstanceOf(CertificateRefusedException.class)
                .hasMessageContaining("revoked");
        assertThat(reloaded.verify(oslo.chainArray()).identity()).isEqualTo("oslo");
    }

    @Test
    void refusesRevocationListSignedByAnotherCa() throws Exception {
        CollaborationCa ca = CollaborationCa.init(
                folder.resolve("ca"), "Test collaboration", CollaborationCa.DEFAULT_VALIDITY, issueClock, random);
        CollaborationCa foreign = CollaborationCa.init(
                folder.resolve("foreign"), "Test collaboration", CollaborationCa.DEFAULT_VALIDITY, issueClock, random);

        // Same subject name, different key: only the signature tells them apart.
        assertThatThrownBy(() -> RevocationList.load(foreign.revocationFile(), ca.certificate()))
                .isInstanceOf(PkiException.class)
                .hasMessageContaining("revoked.crl: signature does not verify");
    }

    @Test
    void badFilesGiveOneLineErrorsNamingTheFile() throws Exception {
        Path garbage = Files.writeString(folder.resolve("garbage.crt"), "not pem at all\n");
        assertThatThrownBy(() -> PemFiles.readCertificates(garbage))
                .isInstanceOf(PkiException.class)
                .hasMessageContaining("garbage.crt: no certificate");
        assertThatThrownBy(() -> PemFiles.readPrivateKey(folder.resolve("missing.key")))
                .hasMessageContaining("missing.key: no such file");
        CollaborationCa ca = CollaborationCa.init(
                folder.resolve("ca"), "Test collaboration", CollaborationCa.DEFAULT_VALIDITY, issueClock, random);
        Credentials oslo = ca.issue(CertificateRequest.of("oslo", Role.SITE, List.of()), issueClock, random);
        Credentials.Paths paths = oslo.write(folder, "oslo");
        assertThatThrownBy(() -> Credentials.load(paths.privateKey(), folder.resolve("ca/ca.crt")))
                .hasMessageContaining("oslo.key: key does not belong to the certificate");
        assertThatThrownBy(() -> PemFiles.readPrivateKey(paths.chain()))
                .hasMessageContaining("oslo.crt: expected one PEM block");
    }
}
