package org.precis.cells.ihc.robustness;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.precis.cells.ihc.Ki67Result;
import org.precis.cells.ihc.Ki67Scorer;
import org.precis.cells.ihc.UnsuitableImageException;
import org.precis.slide.RegionRequest;
import org.precis.slide.RgbImage;
import org.precis.slide.Slide;
import org.precis.slide.SlideException;
import org.precis.slide.Slides;

/**
 * Scores the whole level 0 of one slide as each variant, with Precis's scorer and the fixed-rule
 * scorer, and sums up how far each moves from the original.
 */
public final class Ki67Robustness {

    private final Ki67Scorer precis;
    private final Ki67Scorer fixed;

    public Ki67Robustness(Ki67Scorer precis, Ki67Scorer fixed) {
        this.precis = precis;
        this.fixed = fixed;
    }

    public List<RobustnessRow> evaluate(Path slideFile, List<ScannerVariant> variants)
            throws SlideException, UnsuitableImageException {
        List<RobustnessRow> rows = new ArrayList<>();
        try (Slides slides = Slides.withDefaults();
                Slide slide = slides.open(slideFile)) {
            double slideMpp = slide.pixelSize()
                    .orElseThrow(() -> new SlideException(slideFile, "does not state its pixel size"))
                    .mpp();
            long width = slide.levels().get(0).width();
            long height = slide.levels().get(0).height();
            for (ScannerVariant variant : variants) {
                int w = (int) Math.floor(width * slideMpp / variant.mpp());
                int h = (int) Math.floor(height * slideMpp / variant.mpp());
                RgbImage read = slide.readRegion(RegionRequest.atMpp(variant.mpp(), 0, 0, w, h));
                RgbImage image = variant.applyTo(read);
                Ki67Result ours = precis.score(image, variant.mpp());
                Ki67Result theirs = fixed.score(image, variant.mpp());
                rows.add(new RobustnessRow(
                        variant.name(),
                        variant.mpp(),
                        ours.cells().size(),
                        ours.positivePercent(),
                        ours.hScore(),
                        ours.thresholds().positive(),
                        theirs.cells().size(),
                        theirs.positivePercent(),
                        percentAbove(theirs, 0.5)));
            }
        }
        return rows;
    }

    private static double percentAbove(Ki67Result result, double od) {
        if (result.cells().isEmpty()) {
            return 0;
        }
        long above =
                result.cells().stream().filter(c -> c.stain().dabMean() >= od).count();
        return 100.0 * above / result.cells().size();
    }

    /** Largest absolute change from the first row of one column, percentage points. */
    public static double maxShift(List<RobustnessRow> rows, java.util.function.ToDoubleFunction<RobustnessRow> column) {
        double base = column.applyAsDouble(rows.get(0));
        double max = 0;
        for (RobustnessRow row : rows) {
            max = Math.max(max, Math.abs(column.applyAsDouble(row) - base));
        }
        return max;
    }

    /** Largest relative change of the cell count from the first row. */
    public static double maxCountChange(List<RobustnessRow> rows) {
        double base = rows.get(0).cells();
        double max = 0;
        for (RobustnessRow row : rows) {
            max = Math.max(max, Math.abs(row.cells() - base) / base);
        }
        return max;
    }

    /** The table in Markdown, with the summary line under it. */
    public static String markdown(List<RobustnessRow> rows) {
        StringBuilder out = new StringBuilder();
        out.append(
                "| variant | µm/px | cells | Ki67 % (Precis) | H-score (Precis) | threshold OD | cells (fixed) | Ki67 % (DAB > 0.2) | Ki67 % (DAB > 0.5) |\n");
        out.append("|---|---|---|---|---|---|---|---|---|\n");
        for (RobustnessRow row : rows) {
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %.3f | %d | %.1f | %.0f | %.3f | %d | %.1f | %.1f |%n",
                    row.variant(),
                    row.mpp(),
                    row.cells(),
                    row.positivePercent(),
                    row.hScore(),
                    row.thresholdOd(),
                    row.fixedCells(),
                    row.fixedPercent(),
                    row.fixedPercentAt05()));
        }
        out.append(String.format(
                Locale.ROOT,
                "%nlargest shift from the original: Precis %.1f points (H-score %.0f); fixed DAB > 0.2 %.1f points,"
                        + " DAB > 0.5 %.1f points; cell count %.1f%%%n",
                maxShift(rows, RobustnessRow::positivePercent),
                maxShift(rows, RobustnessRow::hScore),
                maxShift(rows, RobustnessRow::fixedPercent),
                maxShift(rows, RobustnessRow::fixedPercentAt05),
                100 * maxCountChange(rows)));
        return out.toString();
    }
}
