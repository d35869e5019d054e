package org.precis.imaging.qc;

import java.util.List;
import java.util.Locale;
import org.precis.imaging.stain.Stain;
import org.precis.imaging.tissue.LowResolutionView;
import org.precis.imaging.tissue.PenMarks;
import org.precis.imaging.tissue.TissueDetector;
import org.precis.imaging.tissue.TissueMask;
import org.precis.slide.Slide;
import org.precis.slide.SlideException;

/**
 * Whether a slide looks stained as a model's training images were: haematoxylin and eosin. An
 * H&E model run on an IHC slide (DAB and haematoxylin, no eosin) still reports class fractions;
 * this says, from the slide's own colour deconvolution over its tissue, that they mean nothing.
 *
 * <p>The rule: mean eosin over the tissue (scikit-image {@code rgb2hed} units, as quality control
 * reports it) of at least {@value #HE_MINIMUM_EOSIN_MEAN}. Measured with {@code precis slide qc} on
 * the sample slides: the H&E ones give 0.0057 (OS-1, a pale eosin), 0.0141 (the TCGA DICOM), 0.0173
 * (CMU-1) and 0.0368 (TCGA-CR-7395); the Ki67 IHC slide (OS-2) gives 0.0000. The limit is about a
 * third of the palest H&E, well clear of the IHC slide.
 *
 * @param expectedStain what the model was trained on, in words
 * @param eosinMean mean eosin over the slide's tissue (0 when no tissue was found)
 * @param minimumEosinMean the least mean eosin of an H&E slide
 * @param consistent whether the slide's stain agrees with {@code expectedStain}
 * @param finding one sentence saying what was found
 */
public record StainCheck(
        String expectedStain, double eosinMean, double minimumEosinMean, boolean consistent, String finding) {

    /** Least mean eosin over the tissue of an H&E slide (see the class comment for where it comes from). */
    public static final double HE_MINIMUM_EOSIN_MEAN = 0.002;

    /** Checks stain summaries (from quality control) against H&E. */
    public static StainCheck haematoxylinEosin(List<StainSummary> stains) {
        double eosin = stains.stream()
                .filter(s -> s.stain() == Stain.EOSIN)
                .mapToDouble(StainSummary::mean)
                .findFirst()
                .orElse(0);
        boolean consistent = eosin >= HE_MINIMUM_EOSIN_MEAN;
        String finding = stains.isEmpty()
                ? "no tissue found to measure the stain on"
                : String.format(
                        Locale.ROOT,
                        "mean eosin over the tissue %.4f %s %.4f, the least of an H&E slide%s",
                        eosin,
                        consistent ? ">=" : "<",
                        HE_MINIMUM_EOSIN_MEAN,
                        consistent ? "" : ": not H&E (IHC or another stain?)");
        return new StainCheck("H&E", eosin, HE_MINIMUM_EOSIN_MEAN, consistent, finding);
    }

    /**
     * Measures the slide's tissue at quality control's mask resolution ({@code settings}: tissue
     * detection and pen marks; no focus check) and checks it against H&E.
     */
    public static StainCheck haematoxylinEosin(Slide slide, double slideMpp, QcSettings settings)
            throws SlideException {
        LowResolutionView view =
                LowResolutionView.read(slide, slideMpp, settings.tissue().maskMpp());
        PenMarks pen = PenMarks.find(view.image(), settings.penMarks());
        TissueMask tissue = new TissueDetector(settings.tissue(), settings.penMarks())
                .detect(view.image(), view.mpp(), slideMpp, pen);
        return haematoxylinEosin(StainStatistics.over(view.image(), tissue.raster()));
    }
}
