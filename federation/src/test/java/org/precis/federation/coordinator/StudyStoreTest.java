package org.precis.federation.coordinator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.federation.algorithm.RoundRequest;
import org.precis.federation.proto.StudyState;
import org.precis.federation.study.StudySpec;

class StudyStoreTest {
    @TempDir
    Path folder;

    private static StudySpec spec(String id) {
        return new StudySpec(
                id,
                "km",
                JsonNodeFactory.instance.objectNode().put("time", "time"),
                List.of("a", "b", "c"),
                "alice",
                2);
    }

    @Test
    void aStudyIsSavedWholeAndReadBackByAFreshStore() throws Exception {
        StudyStore store = new StudyStore(folder);
        StudyRecord record = StudyRecord.submitted(spec("s1"));
        store.create(record);
        RoundRequest request = new RoundRequest(
                "s1", 2, "km", JsonNodeFactory.instance.objectNode().put("beta", 0.5), 7);
        StudyRecord running = record.attempting(request, 3, 120).advanced(request, 150);
        store.save(running);
        StudyRecord read = new StudyStore(folder).find("s1").orElseThrow();
        assertThat(read.state()).isEqualTo(StudyState.RUNNING);
        assertThat(read.current()).contains(request);
        assertThat(read.attempt()).isEqualTo(3);
        assertThat(read.roundsCompleted()).isEqualTo(1);
        assertThat(read.roundsWithSites()).isEqualTo(1);
        assertThat(read.wallMillis()).isEqualTo(150);
        StudyRecord finished =
                read.finished(JsonNodeFactory.instance.objectNode().put("chisq", 1.5), 200);
        store.save(finished);
        assertThat(new StudyStore(folder)
                        .find("s1")
                        .orElseThrow()
                        .result()
                        .orElseThrow()
                        .get("chisq")
                        .asDouble())
                .isEqualTo(1.5);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("s1.json");
        }
    }

    @Test
    void aStudyIdIsAcceptedOnlyOnce() throws Exception {
        StudyStore store = new StudyStore(folder);
        store.create(StudyRecord.submitted(spec("once")));
        assertThatThrownBy(() -> store.create(StudyRecord.submitted(spec("once"))))
                .isInstanceOf(FileAlreadyExistsException.class)
                .hasMessageContaining("was already submitted");
    }

    @Test
    void aDamagedStateFileIsReportedByName() throws Exception {
        Files.writeString(folder.resolve("broken.json"), "{\"spec\": ");
        assertThatThrownBy(() -> new StudyStore(folder).all())
                .hasMessageContaining("broken.json: unreadable study state");
    }
}
