package org.precis.federation.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {
    private static final Instant T0 = Instant.parse("2026-05-04T08:00:00Z");
    private final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);

    @TempDir
    Path folder;

    private static ObjectNode details(String key, Object value) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.putPOJO(key, value);
        return node;
    }

    private Path logOfFive() throws Exception {
        Path file = folder.resolve("audit.jsonl");
        try (AuditLog log = AuditLog.open(file, clock)) {
            log.append(AuditEventType.SITE_STARTED, details("policy", "policy.yaml"));
            log.append(AuditEventType.REQUEST_RECEIVED, details("from", "researcher:alice"));
            ObjectNode released = JsonNodeFactory.instance.objectNode();
            released.put("study", "s1");
            released.putArray("values").add(12.5).add(1.0e-7).add(42);
            log.append(AuditEventType.VALUES_RELEASED, released);
            log.append(AuditEventType.REQUEST_REFUSED, details("reason", "column grade not allowed"));
            log.append(AuditEventType.REQUEST_RECEIVED, details("from", "researcher:bob"));
        }
        return file;
    }

    private static List<String> lines(Path file) throws Exception {
        return new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    private static void write(Path file, List<String> lines) throws Exception {
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    @Test
    void intactLogVerifiesAndReopeningContinuesTheChain() throws Exception {
        Path file = logOfFive();
        AuditVerification verification = AuditLogVerifier.verify(file, Optional.empty());
        assertThat(verification.intact()).isTrue();
        assertThat(verification.entries()).isEqualTo(5);
        assertThat(lines(file).get(0))
                .contains("\"timestamp\":\"2026-05-04T08:00:00Z\"")
                .contains("\"sequence\":1")
                .contains("\"previous\":\"" + AuditEntry.GENESIS_HASH + "\"");

        try (AuditLog log = AuditLog.open(file, clock)) {
            assertThat(log.headHash()).isEqualTo(verification.headHash());
            AuditEntry sixth = log.append(AuditEventType.REQUEST_RECEIVED, details("from", "researcher:carol"));
            assertThat(sixth.sequence()).isEqualTo(6);
            assertThat(sixth.previousHash()).isEqualTo(verification.headHash());
        }
        AuditVerification grown = AuditLogVerifier.verify(file, Optional.of(verification.headHash()));
        assertThat(grown.intact()).isTrue();
        assertThat(grown.entries()).isEqualTo(6);
    }

    @Test
    void editedValueIsFoundAtItsLine() throws Exception {
        Path file = logOfFive();
        List<String> lines = lines(file);
        lines.set(2, lines.get(2).replace("12.5", "13.5"));
        write(file, lines);

        AuditVerification verification = AuditLogVerifier.verify(file, Optional.empty());
        assertThat(verification.problem()).hasValueSatisfying(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.reason()).contains("edited");
        });
        assertThat(verification.entries()).isEqualTo(2);
    }

    @Test
    void deletionInsertionAndReorderingAreFoundAtTheFirstAffectedLine() throws Exception {
        Path file = logOfFive();
        List<String> original = lines(file);

        List<String> deleted = new ArrayList<>(original);
        deleted.remove(1);
        write(file, deleted);
        assertThat(AuditLogVerifier.verify(file, Optional.empty()).problem())
                .map(AuditVerification.Problem::line)
                .contains(2L);

        List<String> reordered = new ArrayList<>(original);
        reordered.set(2, original.get(3));
        reordered.set(3, original.get(2));
        write(file, reordered);
        assertThat(AuditLogVerifier.verify(file, Optional.empty()).problem())
                .map(AuditVerification.Problem::line)
                .contains(3L);

        // A forged entry with a correct hash of its own still cannot fit both neighbours.
        AuditVerification upToTwo = AuditLogVerifier.verify(writeLines(original.subList(0, 2)), Optional.empty());
        AuditEntry forged = AuditEntry.next(
                3, T0, AuditEventType.VALUES_RELEASED, details("values", List.of(1, 2)), upToTwo.headHash());
        List<String> inserted = new ArrayList<>(original);
        inserted.add(2, forged.line());
        write(file, inserted);
        AuditVerification verification = AuditLogVerifier.verify(file, Optional.empty());
        assertThat(verification.problem()).hasValueSatisfying(problem -> {
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.reason()).contains("sequence 3 where 4 was expected");
        });
    }

    private Path writeLines(List<String> lines) throws Exception {
        Path file = folder.resolve("part.jsonl");
        write(file, lines);
        return file;
    }

    @Test
    void truncatedTailIsFoundOnlyAgainstTheRecordedHead() throws Exception {
        Path file = logOfFive();
        String head = AuditLogVerifier.verify(file, Optional.empty()).headHash();
        write(file, lines(file).subList(0, 3));

        assertThat(AuditLogVerifier.verify(file, Optional.empty()).intact()).isTrue();
        AuditVerification againstHead = AuditLogVerifier.verify(file, Optional.of(head));
        assertThat(againstHead.intact()).isFalse();
        assertThat(againstHead.problem().orElseThrow().reason()).contains("truncated");
    }

    @Test
    void brokenLogIsNotExtendedAndSecondWriterIsRefused() throws Exception {
        Path file = logOfFive();
        try (AuditLog log = AuditLog.open(file, clock)) {
            assertThatThrownBy(() -> AuditLog.open(file, clock))
                    .isInstanceOf(AuditException.class)
                    .hasMessageContaining("already open");
            assertThat(log.entries()).isEqualTo(5);
        }
        List<String> lines = lines(file);
        lines.set(0, lines.get(0).replace("policy.yaml", "other.yaml"));
        write(file, lines);
        assertThatThrownBy(() -> AuditLog.open(file, clock))
                .isInstanceOf(AuditException.class)
                .hasMessageContaining("audit.jsonl: line 1:");
    }

    @Test
    void concurrentAppendsFormOneChain() throws Exception {
        Path file = folder.resolve("concurrent.jsonl");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (AuditLog log = AuditLog.open(file, clock)) {
            List<Future<?>> writers = new ArrayList<>();
            for (int writer = 0; writer < 4; writer++) {
                int id = writer;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        log.append(AuditEventType.REQUEST_RECEIVED, details("writer", id * 1000 + i));
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        AuditVerification verification = AuditLogVerifier.verify(file, Optional.empty());
        assertThat(verification.intact()).isTrue();
        assertThat(verification.entries()).isEqualTo(200);
    }

    @Test
    void garbageLineIsReportedWithItsNumber() throws Exception {
        Path file = logOfFive();
        List<String> lines = lines(file);
        lines.add("{\"sequence\":6,");
        write(file, lines);
        AuditVerification verification = AuditLogVerifier.verify(file, Optional.empty());
        assertThat(verification.problem().orElseThrow().line()).isEqualTo(6);
        assertThat(verification.problem().orElseThrow().reason()).startsWith("not JSON");
        assertThatThrownBy(() -> AuditLogVerifier.verify(folder.resolve("none.jsonl"), Optional.empty()))
                .hasMessageContaining("none.jsonl: no such file");
    }
}
