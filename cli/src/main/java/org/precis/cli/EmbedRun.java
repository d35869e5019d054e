package org.precis.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.precis.embed.EncoderException;
import org.precis.embed.pipeline.BenchmarkResult;
import org.precis.embed.pipeline.EmbeddingBenchmark;
import org.precis.embed.pipeline.EmbeddingSummary;
import org.precis.embed.pipeline.ExistingBags;
import org.precis.embed.pipeline.PipelineSettings;
import org.precis.embed.pipeline.SlideBagResult;
import org.precis.embed.pipeline.SlideBags;
import org.precis.embed.pipeline.TileSpec;
import org.precis.slide.Slide;
import org.precis.slide.SlideException;
import org.precis.slide.Slides;

/**
 * The work of {@code precis embed --slides} once its input is checked: slide after slide, a line
 * for each; a slide that fails is reported and the next one goes on, and the exit code says
 * whether any failed.
 */
final class EmbedRun {

    private final PrintWriter out;
    private final PrintWriter err;
    private final TileSpec tiles;
    private final Path folder;

    EmbedRun(PrintWriter out, PrintWriter err, TileSpec tiles, Path folder) {
        this.out = out;
        this.err = err;
        this.tiles = tiles;
        this.folder = folder;
    }

    int embed(SlideBags bags, Slides slides, List<Path> files, EmbedProgress listener) throws EncoderException {
        int written = 0;
        int kept = 0;
        int empty = 0;
        int failed = 0;
        long skipped = 0;
        for (Path file : files) {
            long start = System.nanoTime();
            SlideBagResult result;
            try (Slide slide = slides.open(file)) {
                result = bags.embed(slide, tiles, folder, ExistingBags.KEEP_MATCHING, listener);
            } catch (SlideException | IOException | IllegalArgumentException e) {
                listener.close();
                err.println("precis: " + oneLine(e));
                err.flush();
                failed++;
                continue;
            }
            listener.close();
            double seconds = (System.nanoTime() - start) / 1e9;
            switch (result.outcome()) {
                case WRITTEN -> {
                    written++;
                    EmbeddingSummary summary = result.summary().orElseThrow();
                    skipped += summary.tilesSkipped();
                    out.printf(
                            Locale.ROOT,
                            "%s: %d tiles embedded, %d skipped -> %s (%.1f s, %.1f tiles/s)%n",
                            file,
                            summary.tilesEmbedded(),
                            summary.tilesSkipped(),
                            result.bag(),
                            seconds,
                            summary.tilesPlanned() / seconds);
                }
                case KEPT -> {
                    kept++;
                    out.printf("%s: kept %s (complete, same provenance)%n", file, result.bag());
                }
                case NO_TILES -> {
                    empty++;
                    EmbeddingSummary summary = result.summary().orElseThrow();
                    skipped += summary.tilesSkipped();
                    out.printf(
                            Locale.ROOT,
                            "%s: no bag: %d tiles with tissue >= %s, %d could not be read%n",
                            file,
                            summary.tilesPlanned(),
                            tiles.minTissueFraction(),
                            summary.tilesSkipped());
                }
            }
            out.flush();
        }
        out.printf(
                "%d slide%s: %d written, %d kept, %d without tiles, %d failed; %d tile%s skipped%n",
                files.size(),
                files.size() == 1 ? "" : "s",
                written,
                kept,
                empty,
                failed,
                skipped,
                skipped == 1 ? "" : "s");
        out.flush();
        return failed == 0 ? 0 : ErrorReporter.INPUT_FAILURE;
    }

    int bench(
            EmbeddingBenchmark benchmark,
            List<Path> files,
            int rounds,
            EmbedThreads threads,
            PipelineSettings pipeline,
            String idle)
            throws EncoderException, IOException, SlideException {
        out.printf(
                Locale.ROOT,
                "embed bench: %d px tiles at %s µm/px, tissue >= %s, batch %d, %d inference "
                        + "thread%s (%s when idle), %d reader%s, %d batches ahead, %d rounds after a warm-up%n",
                tiles.tileSizePx(),
                tiles.targetMpp(),
                tiles.minTissueFraction(),
                pipeline.batchSize(),
                threads.intraOp(),
                threads.intraOp() == 1 ? "" : "s",
                idle,
                threads.readers(),
                threads.readers() == 1 ? "" : "s",
                pipeline.batchesAhead(),
                rounds);
        for (Path file : files) {
            BenchmarkResult result = benchmark.measure(file, tiles, folder, rounds);
            out.printf(
                    Locale.ROOT,
                    "%s: %d tiles (hash + tissue mask %.2f s); end to end %.1f tiles/s %s; "
                            + "inference alone %.1f tiles/s %s; ratio %.3f%n",
                    file,
                    result.tiles(),
                    result.setupSeconds(),
                    result.medianEndToEnd(),
                    rates(result.endToEndTilesPerSecond()),
                    result.medianInference(),
                    rates(result.inferenceTilesPerSecond()),
                    result.ratio());
            out.flush();
        }
        return 0;
    }

    private static String rates(List<Double> values) {
        StringBuilder text = new StringBuilder("[");
        for (double value : values) {
            text.append(text.length() > 1 ? " " : "").append(String.format(Locale.ROOT, "%.1f", value));
        }
        return text.append(']').toString();
    }

    private static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
