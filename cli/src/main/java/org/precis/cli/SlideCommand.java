package org.precis.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code precis slide}: whole-slide images. */
@Command(
        name = "slide",
        mixinStandardHelpOptions = true,
        description = "Open and read whole-slide images.",
        subcommands = {
            SlideInfoCommand.class,
            SlideRegionCommand.class,
            SlideThumbnailCommand.class,
            SlideAssociatedCommand.class,
            SlideQcCommand.class,
            SlideTilesCommand.class,
            SlideHeatmapCommand.class,
            SlideBenchCommand.class,
            SlideQcBenchCommand.class
        })
final class SlideCommand implements java.util.concurrent.Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return MissingVerb.report(spec);
    }
}
