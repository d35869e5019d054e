package org.precis.embed.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.embed.OnnxEncoder;
import org.precis.imaging.grid.Tile;
import org.precis.imaging.tissue.TissueDetection;
import org.precis.imaging.tissue.TissueDetector;
import org.precis.imaging.tissue.TissueMask;
import org.precis.slide.CorruptSlideException;
import org.precis.slide.Slide;
import org.precis.slide.SlideException;
import org.precis.slide.Slides;

class SlideEmbeddingTest {

    private static final TileSpec SPEC = new TileSpec(224, 0.5, 0.5);

    @TempDir
    Path folder;

    private final ExecutorService readers = Executors.newFixedThreadPool(2);
    private final TilePlanner planner = new TilePlanner(new TissueDetector(TissueDetection.defaults()));

    @AfterEach
    void stopReaders() {
        readers.shutdownNow();
    }

    @Test
    void eachVectorIsItsTilesChannelMeansAtTheTargetResolutionInPlanOrder() throws Exception {
        try (OnnxEncoder encoder = PipelineFixtures.meanEncoder(folder);
                Slides slides = Slides.withDefaults();
                Slide slide = slides.open(PipelineFixtures.SLIDE)) {
            TilePlan plan = planner.plan(slide, SPEC);
            List<TileEmbedding> embeddings = new ArrayList<>();

            EmbeddingSummary summary = new SlideEmbedding(encoder, readers, new PipelineSettings(8, 2))
                    .run(slide, plan, embeddings::add, EmbeddingListener.NONE);

            assertThat(plan.tiles()).hasSizeGreaterThan(20);
            assertThat(summary)
                    .isEqualTo(new EmbeddingSummary(
                            plan.tiles().size(), plan.tiles().size(), 0));
            assertThat(embeddings).extracting(TileEmbedding::tile).containsExactlyElementsOf(plan.tiles());
            for (TileEmbedding embedding : embeddings) {
                Tile tile = embedding.tile().tile();
                double[] expected = PipelineFixtures.channelMeans(
                        slide.readRegion(plan.grid().regionRequest(tile)));
                for (int colour = 0; colour < 3; colour++) {
                    assertThat((double) embedding.feature()[colour]).isCloseTo(expected[colour], within(1e-3));
                }
            }
        }
    }

    @Test
    void keepsTheTilesWithEnoughTissueInTheSlidesMaskRowByRow() throws Exception {
        try (Slides slides = Slides.withDefaults();
                Slide slide = slides.open(PipelineFixtures.SLIDE)) {
            TilePlan plan = planner.plan(slide, SPEC);
            TissueMask mask = new TissueDetector(TissueDetection.defaults()).detect(slide);

            assertThat(plan.grid().tileSizePx()).isEqualTo(224);
            assertThat(plan.grid().tileSizeLevel0()).isCloseTo(224 * 0.5 / 0.499, within(1e-3));
            assertThat(plan.tiles())
                    .extracting(SlideTile::tile)
                    .containsExactlyElementsOf(mask.tilesWithTissue(plan.grid(), 0.5));
            for (SlideTile tile : plan.tiles()) {
                assertThat(tile.tissueFraction())
                        .isEqualTo(mask.tissueFraction(tile.tile()))
                        .isGreaterThanOrEqualTo(0.5);
            }
        }
    }

    @Test
    void neverHasMoreTilesInFlightThanTheBatchesAheadAllow() throws Exception {
        CountingExecutor counting = new CountingExecutor(readers);
        PipelineSettings settings = new PipelineSettings(4, 2);
        try (OnnxEncoder encoder = PipelineFixtures.meanEncoder(folder);
                Slides slides = Slides.withDefaults();
                Slide slide = slides.open(PipelineFixtures.SLIDE)) {
            TilePlan plan = planner.plan(slide, new TileSpec(224, 0.5, 0));

            AtomicInteger consumed = new AtomicInteger();
            AtomicInteger mostAhead = new AtomicInteger();

            new SlideEmbedding(encoder, counting, settings).run(slide, plan, embedding -> {}, new EmbeddingListener() {
                @Override
                public void progressed(int tiles) {
                    // reads are submitted on this thread, so the count is exact here
                    mostAhead.accumulateAndGet(counting.submitted.get() - consumed.addAndGet(tiles), Math::max);
                }
            });

            assertThat(counting.submitted.get()).isEqualTo(plan.tiles().size());
            assertThat(mostAhead.get()).isEqualTo(4 * (2 + 1));
            assertThat(plan.tiles().size()).isGreaterThan(4 * (2 + 1) * 5);
        }
    }

    @Test
    void skipsACorruptTileCountsItAndEmbedsTheRestAsFromTheIntactSlide() throws Exception {
        int column = 5;
        int row = 6;
        Path corrupt = PipelineFixtures.withCorruptTile(folder, column, row);
        Tile bad = PipelineFixtures.fileTile(column, row);
        try (OnnxEncoder encoder = PipelineFixtures.meanEncoder(folder);
                Slides slides = Slides.withDefaults();
                Slide intact = slides.open(PipelineFixtures.SLIDE);
                Slide damaged = slides.open(corrupt)) {
            SlideEmbedding embedding = new SlideEmbedding(encoder, readers, new PipelineSettings(8, 2));
            TilePlan plan = planner.plan(intact, SPEC);
            List<TileEmbedding> reference = new ArrayList<>();
            embedding.run(intact, plan, reference::add, EmbeddingListener.NONE);
            List<TileEmbedding> embedded = new ArrayList<>();
            List<SlideTile> skipped = new ArrayList<>();
            List<SlideException> causes = new ArrayList<>();

            EmbeddingSummary summary = embedding.run(damaged, plan, embedded::add, new EmbeddingListener() {
                @Override
                public void skipped(SlideTile tile, SlideException cause) {
                    skipped.add(tile);
                    causes.add(cause);
                }
            });

            assertThat(summary.tilesSkipped()).isEqualTo(skipped.size()).isBetween(1, 4);
            assertThat(summary.tilesEmbedded()).isEqualTo(plan.tiles().size() - skipped.size());
            assertThat(causes)
                    .allSatisfy(cause -> assertThat(cause)
                            .isInstanceOf(CorruptSlideException.class)
                            .hasMessageContaining("corrupt-tile.svs")
                            .hasMessageContaining("(" + column + ", " + row + ")"));
            // resampling reads a pixel or two beyond a tile's edges
            assertThat(skipped)
                    .allSatisfy(
                            tile -> assertThat(overlaps(tile.tile(), bad, 2)).isTrue());
            List<TileEmbedding> expected =
                    reference.stream().filter(e -> !skipped.contains(e.tile())).toList();
            assertThat(embedded).hasSameSizeAs(expected);
            for (int i = 0; i < expected.size(); i++) {
                assertThat(embedded.get(i).tile()).isEqualTo(expected.get(i).tile());
                assertThat(embedded.get(i).feature())
                        .containsExactly(expected.get(i).feature());
            }
        }
    }

    @Test
    void stopsWhenInterruptedAndLeavesNoReadRunning() throws Exception {
        CountingExecutor counting = new CountingExecutor(readers);
        try (OnnxEncoder encoder = PipelineFixtures.meanEncoder(folder);
                Slides slides = Slides.withDefaults();
                Slide slide = slides.open(PipelineFixtures.SLIDE)) {
            TilePlan plan = planner.plan(slide, new TileSpec(224, 0.5, 0));
            SlideEmbedding embedding = new SlideEmbedding(encoder, counting, new PipelineSettings(4, 1));

            assertThatThrownBy(() -> embedding.run(slide, plan, e -> {}, new EmbeddingListener() {
                        @Override
                        public void progressed(int tiles) {
                            Thread.currentThread().interrupt();
                        }
                    }))
                    .isInstanceOf(InterruptedIOException.class)
                    .hasMessageContaining("interrupted after 1 of");

            assertThat(Thread.interrupted()).isFalse();
            assertThat(counting.submitted.get())
                    .isLessThanOrEqualTo(4 + 4 * (1 + 1))
                    .isLessThan(plan.tiles().size());
            readers.shutdown();
            assertThat(readers.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void refusesTilesOfAnotherSizeThanTheEncoders() throws Exception {
        try (OnnxEncoder encoder = PipelineFixtures.meanEncoder(folder);
                Slides slides = Slides.withDefaults();
                Slide slide = slides.open(PipelineFixtures.SLIDE)) {
            TilePlan plan = planner.plan(slide, new TileSpec(256, 0.5, 0.5));

            assertThatThrownBy(() -> new SlideEmbedding(encoder, readers, new PipelineSettings(8, 2))
                            .run(slide, plan, e -> {}, EmbeddingListener.NONE))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("256 px")
                    .hasMessageContaining("224x224")
                    .hasMessageContaining("means.json");
        }
    }

    private static boolean overlaps(Tile a, Tile b, long margin) {
        return a.x() - margin < b.x() + b.width()
                && b.x() < a.x() + a.width() + margin
                && a.y() - margin < b.y() + b.height()
                && b.y() < a.y() + a.height() + margin;
    }

    /** Runs tasks on another executor and counts how many were given to it. */
    private static final class CountingExecutor extends AbstractExecutorService {
        final AtomicInteger submitted = new AtomicInteger();
        private final ExecutorService delegate;

        CountingExecutor(ExecutorService delegate) {
            this.delegate = delegate;
        }

        @Override
        public void execute(Runnable task) {
            submitted.incrementAndGet();
            delegate.execute(task);
        }

        @Override
        public void shutdown() {
            delegate.shutdown();
        }

        @Override
        public List<Runnable> shutdownNow() {
            return delegate.shutdownNow();
        }

        @Override
        public boolean isShutdown() {
            return delegate.isShutdown();
        }

        @Override
        public boolean isTerminated() {
            return delegate.isTerminated();
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
            return delegate.awaitTermination(timeout, unit);
        }
    }
}
