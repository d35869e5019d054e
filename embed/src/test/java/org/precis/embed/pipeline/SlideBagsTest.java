package org.precis.embed.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.embed.OnnxEncoder;
import org.precis.embed.bag.BagProvenance;
import org.precis.embed.bag.FeatureBag;
import org.precis.embed.bag.FeatureBags;
import org.precis.imaging.tissue.TissueDetection;
import org.precis.imaging.tissue.TissueDetector;
import org.precis.io.file.FileSha256;
import org.precis.slide.Slide;
import org.precis.slide.Slides;

class SlideBagsTest {

    private static final TileSpec SPEC = new TileSpec(224, 0.5, 0.5);
    private static final String VERSION = "0.1.0-test";

    @TempDir
    Path folder;

    private final ExecutorService readers = Executors.newFixedThreadPool(2);
    private final TilePlanner planner = new TilePlanner(new TissueDetector(TissueDetection.defaults()));
    private final FeatureBags bags = new FeatureBags();

    @AfterEach
    void stopReaders() {
        readers.shutdownNow();
    }

    @Test
    void writesTheSlidesBagWithItsTilesVectorsAndProvenanceAndReadsItBack() throws Exception {
        Path out = Files.createDirectories(folder.resolve("bags"));
        try (OnnxEncoder encoder = PipelineFixtures.meanEncoder(folder);
                Slides slides = Slides.withDefaults();
                Slide slide = slides.open(PipelineFixtures.SLIDE)) {
            String modelSha = FileSha256.of(encoder.descriptor().model());
            SlideBags slideBags = slideBags(encoder, modelSha);
            TilePlan plan = planner.plan(slide, SPEC);

            SlideBagResult result =
                    slideBags.embed(slide, SPEC, out, ExistingBags.KEEP_MATCHING, EmbeddingListener.NONE);

            assertThat(result.outcome()).isEqualTo(SlideBagResult.Outcome.WRITTEN);
            assertThat(result.bag()).isEqualTo(out.resolve("CMU-1-Small-Region.h5"));
            assertThat(result.summary())
                    .contains(new EmbeddingSummary(
                            plan.tiles().size(), plan.tiles().size(), 0));
            try (Stream<Path> files = Files.list(out)) {
                assertThat(files).containsExactly(result.bag());
            }
            FeatureBag bag = bags.read(result.bag());
            assertThat(bag.provenance())
                    .isEqualTo(new BagProvenance(
                            "channel_means",
                            Optional.of(modelSha),
                            224,
                            Optional.of(0.5),
                            Optional.of(0.5),
                            PipelineFixtures.SLIDE_SHA256,
                            VERSION,
                            Optional.of(0L)));
            assertThat(bags.readProvenance(result.bag())).isEqualTo(bag.provenance());
            assertThat(bag.count()).isEqualTo(plan.tiles().size());
            assertThat(bag.dimension()).isEqualTo(3);
            for (int i = 0; i < bag.count(); i++) {
                SlideTile tile = plan.tiles().get(i);
                assertThat(bag.x(i)).isEqualTo(tile.tile().x());
                assertThat(bag.y(i)).isEqualTo(tile.tile().y());
                double[] means = PipelineFixtures.channelMeans(
                        slide.readRegion(plan.grid().regionRequest(tile.tile())));
                for (int colour = 0; colour < 3; colour++) {
                    assertThat((double) bag.feature(i)[colour]).isCloseTo(means[colour], within(1e-3));
                }
            }
            // for the manual check with h5py: src/test/fixtures/h5/check_pipeline_bag_with_h5py.py
            Files.copy(result.bag(), Path.of("target/pipeline-bag-for-h5py.h5"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void keepsACompleteBagWithTheSameProvenanceAndRedoesAnyOther() throws Exception {
        try (OnnxEncoder encoder = PipelineFixtures.meanEncoder(folder);
                Slides slides = Slides.withDefaults();
                Slide slide = slides.open(PipelineFixtures.SLIDE)) {
            SlideBags slideBags =
                    slideBags(encoder, FileSha256.of(encoder.descriptor().model()));
            Path bag = slideBags
                    .embed(slide, SPEC, folder, ExistingBags.KEEP_MATCHING, EmbeddingListener.NONE)
                    .bag();
            byte[] first = Files.readAllBytes(bag);
            FileTime written = FileTime.fromMillis(1_000_000_000_000L);
            Files.setLastModifiedTime(bag, written);
            List<Integer> started = new ArrayList<>();
            EmbeddingListener listener = new EmbeddingListener() {
                @Override
                public void started(Path slidePath, int tiles) {
                    started.add(tiles);
                }
            };

            SlideBagResult again = slideBags.embed(slide, SPEC, folder, ExistingBags.KEEP_MATCHING, listener);

            assertThat(again.outcome()).isEqualTo(SlideBagResult.Outcome.KEPT);
            assertThat(again.summary()).isEmpty();
            assertThat(started).isEmpty();
            assertThat(Files.getLastModifiedTime(bag)).isEqualTo(written);

            TileSpec otherTissue = new TileSpec(224, 0.5, 0.25);
            SlideBagResult redone = slideBags.embed(slide, otherTissue, folder, ExistingBags.KEEP_MATCHING, listener);
            assertThat(redone.outcome()).isEqualTo(SlideBagResult.Outcome.WRITTEN);
            assertThat(bags.readProvenance(bag).minTissueFraction()).contains(0.25);
            assertThat(bags.read(bag).count())
                    .isGreaterThan(new FeatureBags().read(bagOf(first)).count());

            SlideBags otherModel = slideBags(encoder, "ab".repeat(32));
            assertThat(otherModel
                            .embed(slide, otherTissue, folder, ExistingBags.KEEP_MATCHING, listener)
                            .outcome())
                    .isEqualTo(SlideBagResult.Outcome.WRITTEN);
            assertThat(bags.readProvenance(bag).modelSha256()).contains("ab".repeat(32));

            Files.write(bag, java.util.Arrays.copyOf(first, first.length / 2));
            assertThat(otherModel
                            .embed(slide, otherTissue, folder, ExistingBags.KEEP_MATCHING, listener)
                            .outcome())
                    .isEqualTo(SlideBagResult.Outcome.WRITTEN);
            assertThat(bags.read(bag).provenance().skippedTiles()).contains(0L);

            assertThat(otherModel
                            .embed(slide, otherTissue, folder, ExistingBags.REPLACE, listener)
                            .outcome())
                    .isEqualTo(SlideBagResult.Outcome.WRITTEN);
            assertThat(started).hasSize(4);
        }
    }

    @Test
    void recordsTheSkippedTilesOfACorruptSlideInItsBag() throws Exception {
        Path corrupt = PipelineFixtures.withCorruptTile(folder, 5, 6);
        Path out = Files.createDirectories(folder.resolve("bags"));
        try (OnnxEncoder encoder = PipelineFixtures.meanEncoder(folder);
                Slides slides = Slides.withDefaults();
                Slide slide = slides.open(corrupt)) {
            SlideBagResult result = slideBags(
                            encoder, FileSha256.of(encoder.descriptor().model()))
                    .embed(slide, SPEC, out, ExistingBags.KEEP_MATCHING, EmbeddingListener.NONE);

            EmbeddingSummary summary = result.summary().orElseThrow();
            assertThat(summary.tilesSkipped()).isPositive();
            FeatureBag bag = bags.read(out.resolve("corrupt-tile.h5"));
            assertThat(bag.count()).isEqualTo(summary.tilesEmbedded());
            assertThat(bag.provenance().skippedTiles()).contains((long) summary.tilesSkipped());
            assertThat(bag.provenance().slideSha256())
                    .isEqualTo(FileSha256.of(corrupt))
                    .isNotEqualTo(PipelineFixtures.SLIDE_SHA256);
        }
    }

    @Test
    void anInterruptedRunLeavesNoFileBehind() throws Exception {
        Path out = Files.createDirectories(folder.resolve("bags"));
        try (OnnxEncoder encoder = PipelineFixtures.meanEncoder(folder);
                Slides slides = Slides.withDefaults();
                Slide slide = slides.open(PipelineFixtures.SLIDE)) {
            SlideBags slideBags =
                    slideBags(encoder, FileSha256.of(encoder.descriptor().model()));

            assertThatThrownBy(() ->
                            slideBags.embed(slide, SPEC, out, ExistingBags.KEEP_MATCHING, new EmbeddingListener() {
                                @Override
                                public void progressed(int tiles) {
                                    Thread.currentThread().interrupt();
                                }
                            }))
                    .isInstanceOf(InterruptedIOException.class);

            assertThat(Thread.interrupted()).isFalse();
            try (Stream<Path> files = Files.list(out)) {
                assertThat(files).isEmpty();
            }
        }
    }

    @Test
    void hashesFilesLikeTheManifest() throws Exception {
        assertThat(FileSha256.of(PipelineFixtures.SLIDE)).isEqualTo(PipelineFixtures.SLIDE_SHA256);
    }

    @Test
    void namesTheBagAfterTheSlideWithoutItsExtension() {
        assertThat(SlideBags.bagFile(Path.of("out"), Path.of("/data/a.b/slide-1.svs")))
                .isEqualTo(Path.of("out/slide-1.h5"));
        assertThat(SlideBags.bagFile(Path.of("out"), Path.of("case.ome.tif"))).isEqualTo(Path.of("out/case.ome.h5"));
        assertThat(SlideBags.bagFile(Path.of("out"), Path.of("noext"))).isEqualTo(Path.of("out/noext.h5"));
    }

    private Path bagOf(byte[] bytes) throws java.io.IOException {
        return Files.write(folder.resolve("first.h5"), bytes);
    }

    private SlideBags slideBags(OnnxEncoder encoder, String modelSha) {
        return new SlideBags(
                new SlideEmbedding(encoder, readers, new PipelineSettings(16, 2)), planner, bags, modelSha, VERSION);
    }
}
