package org.precis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.precis.embed.pipeline.EmbeddingListener;
import org.precis.embed.pipeline.SlideTile;
import org.precis.slide.SlideException;

/**
 * What {@code precis embed} shows while it works: on stderr when asked for (by default only on a
 * terminal), a progress bar with tiles/s and the time left on a terminal, else a line at every
 * tenth of a slide's tiles; and one line on stderr for every tile that could not be read.
 */
final class EmbedProgress implements EmbeddingListener, AutoCloseable {

    /** When to draw the bar. */
    enum Display {
        /** Only when the process runs on a terminal. */
        AUTO,
        ALWAYS,
        NEVER;

        /** Whether progress is shown, for a process that does or does not run on a terminal. */
        boolean shown(boolean onTerminal) {
            return this == ALWAYS || this == AUTO && onTerminal;
        }
    }

    /** Reads {@code --progress auto|always|never}, any case. */
    static final class DisplayConverter implements picocli.CommandLine.ITypeConverter<Display> {
        @Override
        public Display convert(String text) {
            return LabelledEnum.parse(
                    Display.class,
                    display -> display.name().toLowerCase(java.util.Locale.ROOT),
                    text,
                    "--progress value");
        }
    }

    private final PrintWriter err;
    private final boolean drawBar;
    private final boolean printLines;
    private ProgressBar bar;
    private CountProgress lines;
    private int done;

    EmbedProgress(PrintWriter err, Display display, boolean onTerminal) {
        this.err = err;
        this.drawBar = display.shown(onTerminal) && onTerminal;
        this.printLines = display.shown(onTerminal) && !onTerminal;
    }

    @Override
    public void started(Path slide, int tiles) {
        close();
        if (drawBar) {
            bar = new ProgressBarBuilder()
                    .setTaskName(slide.getFileName().toString())
                    .setInitialMax(tiles)
                    .setUnit(" tiles", 1)
                    .showSpeed()
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(500)
                    .setConsumer(new DelegatingProgressBarConsumer(
                            line -> {
                                err.print('\r' + line);
                                err.flush();
                            },
                            100))
                    .build();
        } else if (printLines) {
            lines = new CountProgress(err, slide.getFileName().toString(), "tiles", tiles, false, System::nanoTime);
        }
        done = 0;
    }

    @Override
    public synchronized void progressed(int tiles) {
        done += tiles;
        if (bar != null) {
            bar.stepBy(tiles);
        }
        if (lines != null) {
            lines.accept(done);
        }
    }

    @Override
    public void skipped(SlideTile tile, SlideException cause) {
        err.println((bar != null ? "\n" : "") + "precis: skipped tile at ("
                + tile.tile().x() + ", " + tile.tile().y() + "): " + cause.getMessage());
        err.flush();
    }

    /** Ends the bar of the slide being embedded, if any. */
    @Override
    public void close() {
        lines = null;
        if (bar != null) {
            bar.close();
            err.println();
            err.flush();
            bar = null;
        }
    }
}
