package org.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.embed.bag.FeatureBag;
import org.precis.embed.bag.FeatureBags;
import org.precis.io.file.FileSha256;
import org.precis.testing.SampleData;

class EmbedCommandTest {

    private static final Path SLIDE = SampleData.path("samples/wsi/CMU-1-Small-Region.svs");
    private static final String SLIDE_SHA256 = "ed92d5a9f2e86df67640d6f92ce3e231419ce127131697fbbce42ad5e002c8a7";
    private static final Path MODEL = SampleData.path("models/mobilenet_v2/mobilenet_v2_1.0_224_quant.float32.onnx")
            .toAbsolutePath()
            .normalize();

    @TempDir
    Path folder;

    @Test
    void embedsASlideWithTheShippedMobileNetAndKeepsTheBagOnTheNextRun() throws Exception {
        Path out = folder.resolve("bags");

        CommandRun first = embed(
                "--encoder",
                "mobilenet_v2",
                "--slides",
                SLIDE.toString(),
                "-o",
                out.toString(),
                "--threads",
                "2",
                "--batch",
                "16");

        assertThat(first.exitCode()).as(first.err()).isZero();
        Path bag = out.resolve("CMU-1-Small-Region.h5");
        assertThat(first.out())
                .contains("tiles embedded, 0 skipped -> " + bag)
                .contains("1 slide: 1 written, 0 kept, 0 without tiles, 0 failed; 0 tiles skipped");
        FeatureBag read = new FeatureBags().read(bag);
        assertThat(read.dimension()).isEqualTo(1280);
        assertThat(read.count()).isGreaterThan(20);
        assertThat(read.provenance().encoder()).isEqualTo("mobilenet_v2");
        assertThat(read.provenance().slideSha256()).isEqualTo(SLIDE_SHA256);
        assertThat(read.provenance().modelSha256()).contains(FileSha256.of(MODEL));
        assertThat(read.provenance().tileSizePx()).isEqualTo(224);
        assertThat(read.provenance().targetMpp()).contains(0.5);
        assertThat(read.provenance().minTissueFraction()).contains(0.5);
        assertThat(read.provenance().softwareVersion()).isEqualTo(PrecisCommand.VERSION);
        assertThat(read.provenance().skippedTiles()).contains(0L);

        CommandRun second = embed("--encoder", "mobilenet_v2", "--slides", SLIDE.toString(), "-o", out.toString());

        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).contains("kept " + bag).contains("0 written, 1 kept");
    }

    @Test
    void aMissingSlideIsOneLineAndExitCodeOneBeforeAnyWork() {
        Path missing = folder.resolve("nowhere.svs");

        CommandRun run = embed(
                "--encoder",
                "mobilenet_v2",
                "--slides",
                SLIDE.toString(),
                missing.toString(),
                "-o",
                folder.resolve("bags").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("precis: " + missing + ": no such file");
        assertThat(folder.resolve("bags")).doesNotExist();
    }

    @Test
    void aDescriptorThatDoesNotMatchItsModelIsOneLineNamingIt() throws Exception {
        // The MobileNetV2 graph leaves height and width symbolic ([N, 3, H, W]), so a wrong side is
        // accepted by the model; a wrong layout or output dimension is not.
        Path nhwc = descriptor("nhwc.json", 224, "NHWC", 1280);
        Path wrongDimension = descriptor("wrong-dimension.json", 224, "NCHW", 1000);

        CommandRun layout = embed(
                "--encoder",
                nhwc.toString(),
                "--slides",
                SLIDE.toString(),
                "-o",
                folder.resolve("bags").toString());
        CommandRun dimension = embed(
                "--encoder",
                wrongDimension.toString(),
                "--slides",
                SLIDE.toString(),
                "-o",
                folder.resolve("bags").toString());

        assertThat(layout.exitCode()).isEqualTo(1);
        assertThat(layout.err().lines()).hasSize(1);
        assertThat(layout.err())
                .startsWith("precis: " + nhwc + " does not match model " + MODEL)
                .contains("[-1, 3, -1, -1]")
                .contains("NHWC [N, 224, 224, 3]");
        assertThat(dimension.exitCode()).isEqualTo(1);
        assertThat(dimension.err().lines()).hasSize(1);
        assertThat(dimension.err())
                .startsWith("precis: " + wrongDimension + " does not match model " + MODEL)
                .contains("dimension 1000");
    }

    private Path descriptor(String name, int side, String layout, int dimension) throws Exception {
        return Files.writeString(folder.resolve(name), """
                {"name": "mobilenet_v2_custom", "model": "%s",
                 "input": {"name": "image", "height": %d, "width": %d, "channels": "RGB", "layout": "%s",
                           "scale": 1, "mean": [0, 0, 0], "std": [1, 1, 1]},
                 "output": {"name": "features", "dimension": %d}, "licence": "Apache-2.0"}
                """.formatted(MODEL, side, side, layout, dimension));
    }

    @Test
    void anUnwritableOutputIsOneLineAndExitCodeOne() throws Exception {
        Path blocker = Files.writeString(folder.resolve("a-file"), "not a folder");

        CommandRun run = embed(
                "--encoder",
                "mobilenet_v2",
                "--slides",
                SLIDE.toString(),
                "-o",
                blocker.resolve("bags").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).startsWith("precis: " + blocker.resolve("bags") + ": output folder cannot be written");
    }

    @Test
    void anUnknownEncoderAndATileSizeTheEncoderDoesNotTakeAreOneLine() {
        CommandRun unknown =
                embed("--encoder", "no_such_encoder", "--slides", SLIDE.toString(), "-o", folder.toString());
        CommandRun wrongTile = embed(
                "--encoder", "mobilenet_v2", "--slides", SLIDE.toString(), "-o", folder.toString(), "--tile-px", "256");

        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err().strip())
                .startsWith("precis: unknown encoder 'no_such_encoder'")
                .doesNotContain("\n");
        assertThat(wrongTile.exitCode()).isEqualTo(1);
        assertThat(wrongTile.err().strip())
                .contains("takes 224x224 px tiles, --tile-px is 256")
                .doesNotContain("\n");
    }

    @Test
    void anInputModeIsRequired() {
        CommandRun run = CommandRun.of("embed", "--encoder", "mobilenet_v2", "-o", folder.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--slides");
    }

    @Test
    void benchPrintsEndToEndAndInferenceRatesAndTheirRatio() {
        CommandRun run = embed(
                "--encoder",
                "mobilenet_v2",
                "--slides",
                SLIDE.toString(),
                "-o",
                folder.resolve("bench").toString(),
                "--bench",
                "--rounds",
                "1",
                "--threads",
                "2",
                "--batch",
                "16");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .containsPattern(
                        "embed bench: 224 px tiles at 0.5 µm/px, tissue >= 0.5, batch 16, "
                                + "2 inference threads \\(sleep when idle\\), 1 reader, \\d+ batches ahead, 1 rounds after a warm-up")
                .containsPattern(
                        "CMU-1-Small-Region.svs: \\d+ tiles \\(hash \\+ tissue mask [0-9.]+ s\\); end to end "
                                + "[0-9.]+ tiles/s \\[[0-9.]+\\]; inference alone [0-9.]+ tiles/s \\[[0-9.]+\\]; ratio [0-9.]+");
        assertThat(folder.resolve("bench/CMU-1-Small-Region.h5")).isRegularFile();
    }

    private static CommandRun embed(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "embed";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--data";
        all[args.length + 2] = SampleData.root().toString();
        all[args.length + 3] = "--progress=never";
        return CommandRun.of(all);
    }
}
