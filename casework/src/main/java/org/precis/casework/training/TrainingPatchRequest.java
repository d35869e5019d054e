package org.precis.casework.training;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a training-patch export cuts: square patches of {@code patchUm} µm read at {@code mpp} µm/px
 * (so {@link #patchPx()} pixels a side, a whole number), from the signed annotations of the
 * {@code classes} named, keeping a patch when at least {@code minInsideFraction} of its area lies
 * inside its annotation.
 *
 * @param classes annotation class names ({@code properties.classification.name}), each a folder
 *     name of the export: 1 to 64 letters, digits, spaces, dots, underscores or hyphens, starting
 *     with a letter or digit
 */
public record TrainingPatchRequest(List<String> classes, double patchUm, double mpp, double minInsideFraction) {

    /** By default a patch is kept when at least half of it lies inside its annotation. */
    public static final double DEFAULT_MIN_INSIDE_FRACTION = 0.5;

    /** Largest patch side, pixels: larger is a region, not a patch. */
    static final int MAX_PATCH_PX = 4096;

    private static final Pattern CLASS_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}");

    public TrainingPatchRequest {
        if (classes == null || classes.isEmpty()) {
            throw new IllegalArgumentException("name at least one annotation class to export");
        }
        classes = List.copyOf(classes);
        HashSet<String> seen = new HashSet<>();
        for (String name : classes) {
            if (!CLASS_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("bad class name '" + name
                        + "': 1 to 64 letters, digits, spaces, dots, underscores or hyphens, starting with a letter"
                        + " or digit");
            }
            if (!seen.add(name)) {
                throw new IllegalArgumentException("class '" + name + "' is named twice");
            }
        }
        requirePositive(patchUm, "patch size (µm)");
        requirePositive(mpp, "µm/px");
        if (!(minInsideFraction > 0 && minInsideFraction <= 1)) {
            throw new IllegalArgumentException(
                    "the fraction of a patch inside its annotation must be in (0, 1]: " + minInsideFraction);
        }
        double px = patchUm / mpp;
        if (Math.abs(px - Math.rint(px)) > 1e-6 * px) {
            throw new IllegalArgumentException(String.format(
                    Locale.ROOT,
                    "a patch of %s µm at %s µm/px is %.3f px; choose sizes that make a whole number of pixels",
                    patchUm,
                    mpp,
                    px));
        }
        if (Math.rint(px) < 1 || Math.rint(px) > MAX_PATCH_PX) {
            throw new IllegalArgumentException(String.format(
                    Locale.ROOT,
                    "a patch of %s µm at %s µm/px is %d px; it must be 1 to %d px",
                    patchUm,
                    mpp,
                    (long) Math.rint(px),
                    MAX_PATCH_PX));
        }
    }

    /** Patch side in pixels at {@link #mpp()}. */
    public int patchPx() {
        return (int) Math.rint(patchUm / mpp);
    }

    private static void requirePositive(double value, String what) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be positive and finite: " + value);
        }
    }
}
