package org.precis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.precis.cells.ihc.Ki67Scorer;
import org.precis.cells.ihc.Ki67Settings;
import org.precis.cells.ihc.robustness.Ki67Robustness;
import org.precis.cells.ihc.robustness.RobustnessRow;
import org.precis.cells.ihc.robustness.ScannerVariant;
import org.precis.slide.Slide;
import org.precis.slide.SlideException;
import org.precis.slide.Slides;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code precis ihc ki67-robustness}: the index across simulated scanner changes, beside a fixed threshold. */
@Command(
        name = "ki67-robustness",
        mixinStandardHelpOptions = true,
        description = "Score a slide's level 0 as imaged differently (other pixel sizes, JPEG quality, colour"
                + " response, stain hue) with Precis's rule and with QuPath's fixed rule (standard stains, DAB"
                + " mean > 0.2 OD); prints a Markdown table and the largest shifts.")
final class IhcKi67RobustnessCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "A slide small enough to score whole.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        double mpp;
        try (Slides slides = Slides.withDefaults();
                Slide slide = slides.open(file)) {
            mpp = slide.pixelSize()
                    .orElseThrow(() -> new SlideException(file, "does not state its pixel size"))
                    .mpp();
        }
        Ki67Robustness robustness = new Ki67Robustness(
                Ki67Scorer.classical(Ki67Settings.defaults()), Ki67Scorer.classical(Ki67Settings.qupathLike()));
        List<RobustnessRow> rows;
        try {
            rows = robustness.evaluate(file, ScannerVariant.standardSet(mpp));
        } catch (org.precis.cells.ihc.UnsuitableImageException e) {
            throw new SlideException(file, e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(Ki67Robustness.markdown(rows));
        out.flush();
        return 0;
    }
}
