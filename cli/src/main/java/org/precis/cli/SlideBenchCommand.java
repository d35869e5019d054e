package org.precis.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.precis.slide.Slide;
import org.precis.slide.Slides;
import org.precis.slide.bench.ReadBenchResult;
import org.precis.slide.bench.ReadBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code precis slide bench}: opens the slide with an empty tile cache, runs {@link ReadBenchmark}
 * (every tile of a level-0 grid read once, cold) and prints tiles per second.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Read every tile of a grid at level 0 " + "once, cold, and report tiles per second.")
final class SlideBenchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The slide file.")
    Path file;

    @Option(names = "--threads", defaultValue = "1", description = "Reading threads (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(
            names = "--tile",
            defaultValue = "256",
            description = "Grid tile size in pixels (default ${DEFAULT-VALUE}).")
    int tile;

    @Option(names = "--cache-mb", description = "Tile cache size in MiB (default: the engine's default).")
    Long cacheMb;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ReadBenchmark benchmark = new ReadBenchmark(threads, tile);
        ReadBenchResult result;
        long cacheBytes = cacheMb == null ? Slides.DEFAULT_CACHE_BYTES : cacheMb << 20;
        try (Slides slides = Slides.withCache(cacheBytes);
                Slide slide = slides.open(file)) {
            result = benchmark.run(slide);
        }
        if (json) {
            new JsonPrinter().print(spec.commandLine().getOut(), result);
        } else {
            spec.commandLine()
                    .getOut()
                    .printf(
                            "%d tiles in %.3f s: %.1f tiles/s (%d thread%s, %d px tiles)%n",
                            result.tiles(),
                            result.seconds(),
                            result.tilesPerSecond(),
                            threads,
                            threads == 1 ? "" : "s",
                            tile);
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
