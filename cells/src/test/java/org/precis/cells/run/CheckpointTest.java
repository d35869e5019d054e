package org.precis.cells.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.cells.output.PixelRegion;
import org.precis.testing.SampleData;

/** An interrupted run leaves a checkpoint and no output; a rerun with the same settings continues it. */
class CheckpointTest {

    @TempDir
    Path folder;

    private final Path image = SampleData.path("samples/cells/brecahad/images/Case_12-05.jpg");
    private Path reference;

    /** What an uninterrupted run writes. */
    @BeforeEach
    void uninterrupted() throws Exception {
        reference = folder.resolve("reference.geojson");
        Runs.run(Runs.classical(), request(256, reference));
    }

    private DetectionRequest request(int tileSize, Path output) {
        return Runs.request(
                image, Optional.of(new PixelRegion(0, 0, 700, 600)), OptionalDouble.of(0.32), tileSize, 2, output);
    }

    /** A listener that stops the run once {@code tiles} tiles are done, as a crash would. */
    private static DetectionListener crashAfter(int tiles) {
        return progress -> {
            if (progress.tilesDone() >= tiles) {
                throw new IllegalStateException("crash after " + tiles + " tiles");
            }
        };
    }

    @Test
    void aRerunContinuesFromTheCheckpointAndWritesTheSameFile() throws Exception {
        Path output = folder.resolve("cells.geojson");
        Path checkpoint = DetectionJournal.beside(output);
        assertThatThrownBy(() -> Runs.detection(Runs.classical()).detect(request(256, output), crashAfter(7)))
                .hasMessage("crash after 7 tiles");
        assertThat(output).doesNotExist();
        assertThat(checkpoint).exists();

        List<DetectionProgress> seen = new ArrayList<>();
        DetectionSummary summary = Runs.detection(Runs.classical()).detect(request(256, output), seen::add);

        assertThat(summary.tilesResumed()).isEqualTo(7);
        assertThat(seen.get(0).tilesDone()).isEqualTo(7);
        assertThat(seen.get(seen.size() - 1).tilesDone()).isEqualTo(summary.tiles());
        assertThat(Files.readString(output)).isEqualTo(Files.readString(reference));
        assertThat(checkpoint).doesNotExist();
    }

    @Test
    void aRecordCutShortByACrashIsDroppedAndDetectedAgain() throws Exception {
        Path output = folder.resolve("cells.geojson");
        Path checkpoint = DetectionJournal.beside(output);
        assertThatThrownBy(() -> Runs.detection(Runs.classical()).detect(request(256, output), crashAfter(5)));
        long whole = Files.size(checkpoint);
        // a sixth record whose frame says 5000 bytes but whose write stopped after 13
        Files.write(
                checkpoint, new byte[] {0, 0, 0x13, (byte) 0x88, 0, 0, 0, 9, 1, 2, 3, 4, 5}, StandardOpenOption.APPEND);

        DetectionSummary summary = Runs.run(Runs.classical(), request(256, output));

        assertThat(whole).isGreaterThan(1000);
        assertThat(summary.tilesResumed()).isEqualTo(5);
        assertThat(Files.readString(output)).isEqualTo(Files.readString(reference));
    }

    @Test
    void aCheckpointOfOtherSettingsIsRefusedNamingWhatDiffers() throws Exception {
        Path output = folder.resolve("cells.geojson");
        Path checkpoint = DetectionJournal.beside(output);
        assertThatThrownBy(() -> Runs.detection(Runs.classical()).detect(request(256, output), crashAfter(3)));
        byte[] before = Files.readAllBytes(checkpoint);

        assertThatThrownBy(() -> Runs.run(Runs.classical(), request(384, output)))
                .isInstanceOf(DetectionInputException.class)
                .hasMessage(checkpoint + ": a checkpoint of a run with other settings (tile_size_px differ), so it"
                        + " cannot be resumed: rerun with the same settings, or delete it to start again");
        assertThat(Files.readAllBytes(checkpoint)).isEqualTo(before);
        assertThat(output).doesNotExist();
    }

    @Test
    void aFileThatIsNotACheckpointIsLeftAlone() throws Exception {
        Path output = folder.resolve("cells.csv");
        Path checkpoint = DetectionJournal.beside(output);
        Files.writeString(checkpoint, "my notes\n");

        assertThatThrownBy(() -> Runs.run(Runs.classical(), request(256, output)))
                .isInstanceOf(DetectionInputException.class)
                .hasMessageStartingWith(checkpoint + ": exists but is not a cell detection checkpoint");
        assertThat(Files.readString(checkpoint)).isEqualTo("my notes\n");
    }
}
