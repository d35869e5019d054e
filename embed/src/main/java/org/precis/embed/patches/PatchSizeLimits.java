package org.precis.embed.patches;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * How far a patch image may be from the encoder's input size before a prediction on it means
 * nothing. Each crop of the recipe (the centred fraction {@code scale} of the patch side) is
 * resized to the encoder's input; a crop smaller than {@code smallestFraction} of the input side
 * would be enlarged more than that allows (a 1x1 px image becomes a flat tile, which the lung
 * model still calls "lung_scc 0.9999"), one larger than {@code largestMultiple} times the input
 * would be shrunk until the tissue the model learnt from (cells at 224 px from 768 px LC25000
 * images) is gone. The default, half to four times, admits the LC25000 patches (768 px, and the
 * 224 px copies shipped here) at every crop fraction down to 0.5 and refuses images of a few
 * pixels and whole-slide thumbnails alike.
 *
 * @param smallestFraction smallest crop side as a fraction of the input side, in (0, 1]
 * @param largestMultiple largest crop side as a multiple of the input side, at least 1
 */
public record PatchSizeLimits(double smallestFraction, double largestMultiple) {

    /** Half to four times the encoder's input side, at the recipe's crop fractions. */
    public static final PatchSizeLimits DEFAULT = new PatchSizeLimits(0.5, 4);

    public PatchSizeLimits {
        if (!(smallestFraction > 0 && smallestFraction <= 1)
                || !(largestMultiple >= 1)
                || Double.isInfinite(largestMultiple)) {
            throw new IllegalArgumentException("patch size limits need a fraction in (0, 1] and a finite multiple"
                    + " of at least 1: " + smallestFraction + ", " + largestMultiple);
        }
    }

    /**
     * Checks a {@code width} x {@code height} image against an encoder input of {@code inputWidth} x
     * {@code inputHeight} px at each of {@code scales}.
     *
     * @throws PatchInputException naming {@code file}, its size and the sizes accepted
     */
    public void check(Path file, int width, int height, List<Double> scales, int inputWidth, int inputHeight)
            throws PatchInputException {
        double smallestScale =
                scales.stream().mapToDouble(Double::doubleValue).min().orElse(1);
        double largestScale =
                scales.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        boolean tooSmall = width * smallestScale < smallestFraction * inputWidth
                || height * smallestScale < smallestFraction * inputHeight;
        boolean tooLarge = width * largestScale > largestMultiple * inputWidth
                || height * largestScale > largestMultiple * inputHeight;
        if (tooSmall || tooLarge) {
            throw new PatchInputException(
                    file,
                    String.format(
                            Locale.ROOT,
                            "image %dx%d px is too %s for the model's %dx%d px encoder input: patches from %dx%d to %dx%d px"
                                    + " are accepted (each crop, at %s of the side, %s to %s times the input side)",
                            width,
                            height,
                            tooSmall ? "small" : "large",
                            inputWidth,
                            inputHeight,
                            (int) Math.ceil(smallestFraction * inputWidth / smallestScale),
                            (int) Math.ceil(smallestFraction * inputHeight / smallestScale),
                            (int) Math.floor(largestMultiple * inputWidth / largestScale),
                            (int) Math.floor(largestMultiple * inputHeight / largestScale),
                            scales,
                            trim(smallestFraction),
                            trim(largestMultiple)));
        }
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
