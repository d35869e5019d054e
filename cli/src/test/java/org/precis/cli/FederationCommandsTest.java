package org.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.federation.audit.AuditEventType;
import org.precis.federation.audit.AuditLog;
import org.precis.federation.pki.CertificateIdentity;
import org.precis.federation.pki.CertificateVerifier;
import org.precis.federation.pki.Credentials;
import org.precis.federation.pki.Role;

class FederationCommandsTest {

    @TempDir
    Path folder;

    @Test
    void caInitIssueAndRevokeProduceFilesTheVerifierReads() throws Exception {
        Path ca = folder.resolve("ca");
        CommandRun init = CommandRun.of("federation", "ca", "init", "--dir", ca.toString(), "--name", "Nordic lung");
        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(init.out()).contains("CN=Nordic lung");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(ca.resolve("ca.key"))))
                .isEqualTo("rw-------");

        CommandRun issue = CommandRun.of(
                "federation",
                "ca",
                "issue",
                "--ca",
                ca.toString(),
                "--identity",
                "oslo",
                "--role",
                "site",
                "--host",
                "localhost",
                "--host",
                "127.0.0.1",
                "-o",
                folder.resolve("oslo").toString());
        assertThat(issue.exitCode()).as(issue.err()).isZero();
        Path key = folder.resolve("oslo/oslo.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key)))
                .isEqualTo("rw-------");
        Credentials oslo = Credentials.load(key, folder.resolve("oslo/oslo.crt"));
        assertThat(folder.resolve("oslo/ca.crt")).exists();

        CertificateVerifier verifier =
                CertificateVerifier.load(ca.resolve("ca.crt"), ca.resolve("revoked.crl"), Clock.systemUTC());
        assertThat(verifier.verify(oslo.chainArray())).isEqualTo(new CertificateIdentity("oslo", Role.SITE));

        CommandRun revoke = CommandRun.of(
                "federation",
                "ca",
                "revoke",
                "--ca",
                ca.toString(),
                "--cert",
                folder.resolve("oslo/oslo.crt").toString());
        assertThat(revoke.exitCode()).as(revoke.err()).isZero();
        CertificateVerifier after =
                CertificateVerifier.load(ca.resolve("ca.crt"), ca.resolve("revoked.crl"), Clock.systemUTC());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> after.verify(oslo.chainArray()))
                .hasMessageContaining("revoked");
    }

    @Test
    void badRequestsFailWithOneLine() throws Exception {
        CommandRun missing = CommandRun.of(
                "federation",
                "ca",
                "issue",
                "--ca",
                folder.resolve("none").toString(),
                "--identity",
                "x",
                "--role",
                "site",
                "-o",
                folder.toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err().strip())
                .startsWith("precis: ")
                .contains("ca.key: no such file")
                .doesNotContain("\n");

        CommandRun.of("federation", "ca", "init", "--dir", folder.resolve("ca").toString());
        CommandRun badRole = CommandRun.of(
                "federation",
                "ca",
                "issue",
                "--ca",
                folder.resolve("ca").toString(),
                "--identity",
                "x",
                "--role",
                "admin",
                "-o",
                folder.toString());
        assertThat(badRole.exitCode()).isEqualTo(2);
        assertThat(badRole.err()).contains("unknown role 'admin'");
    }

    @Test
    void auditVerifyReportsIntactLogAndFirstEditedLine() throws Exception {
        Path log = folder.resolve("audit.jsonl");
        try (AuditLog audit = AuditLog.open(log, Clock.systemUTC())) {
            for (int i = 0; i < 4; i++) {
                audit.append(
                        AuditEventType.REQUEST_RECEIVED,
                        JsonNodeFactory.instance.objectNode().put("round", i));
            }
        }
        CommandRun intact = CommandRun.of("federation", "audit", "verify", log.toString(), "--json");
        assertThat(intact.exitCode()).as(intact.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(intact.out());
        assertThat(json.get("intact").asBoolean()).isTrue();
        assertThat(json.get("entries").asLong()).isEqualTo(4);
        String head = json.get("head_hash").asText();

        List<String> lines = Files.readAllLines(log);
        Files.write(
                log,
                List.of(lines.get(0), lines.get(1).replace("\"round\":1", "\"round\":7"), lines.get(2), lines.get(3)));
        CommandRun edited = CommandRun.of("federation", "audit", "verify", log.toString());
        assertThat(edited.exitCode()).isEqualTo(1);
        assertThat(edited.err()).contains("audit.jsonl: line 2: hash does not match");

        Files.write(log, lines.subList(0, 2));
        CommandRun truncated = CommandRun.of("federation", "audit", "verify", log.toString(), "--head", head);
        assertThat(truncated.exitCode()).isEqualTo(1);
        assertThat(truncated.err()).contains("truncated");
        assertThat(Optional.of(CommandRun.of("federation", "audit", "verify", log.toString())
                        .exitCode()))
                .contains(0);
    }

    @Test
    void benchSecAggReportsPhasesBytesAndAnExactSum() throws Exception {
        CommandRun bench = CommandRun.of(
                "federation", "bench-secagg", "--length", "2000", "--sites", "3,5", "--rounds", "1", "--json");
        assertThat(bench.exitCode()).as(bench.err()).isZero();
        JsonNode runs = new ObjectMapper().readTree(bench.out()).get("runs");
        assertThat(runs).hasSize(2);
        JsonNode five = runs.get(1);
        assertThat(five.get("sites").asInt()).isEqualTo(5);
        assertThat(five.get("threshold").asInt()).isEqualTo(3);
        assertThat(five.get("phases"))
                .extracting(phase -> phase.get("name").asText())
                .containsExactly("advertise keys", "share keys", "masked input", "unmask and sum");
        // 16 bytes a masked value plus the message header and client id.
        assertThat(five.get("phases").get(2).get("bytes_up_per_client").asLong())
                .isEqualTo(4 + 2 + "site-00".length() + 4 + 16 * 2000);
        assertThat(five.get("max_relative_error").asDouble()).isLessThan(1e-11);
        assertThat(five.get("secure_vs_plain").asDouble()).isPositive();
    }
}
