package org.precis.cells.nuclei.classical;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.precis.imaging.stain.StainMatrix;

/**
 * What the classical nucleus detector does, in physical units (µm, µm², and the stain amounts of
 * {@link org.precis.imaging.stain.ColourDeconvolution}), so that one setting works at any pixel
 * size.
 *
 * <p>The defaults are what a pathologist's image analyst would set for breast H&amp;E at 20x–40x,
 * from the sizes of the things in the image, not fitted to any annotation:
 *
 * <ul>
 *   <li>{@code stainModel} H&amp;E with {@code estimateStains}: the stain vectors of each image by
 *       Macenko's method, since stain colour varies from lab to lab; when fewer than {@code
 *       minStainedFraction} (5%) of the pixels are stained (mostly glass), the estimate is noise
 *       and the standard Ruifrok–Johnston vectors are used instead.
 *   <li>{@code smoothingSigmaUm} 1 µm: chromatin texture (granules of well under 1 µm) is
 *       smoothed away while two nuclei 2 µm apart stay apart.
 *   <li>{@code backgroundRadiusUm} 8 µm: the haematoxylin background is the grey-level opening by
 *       a square of this half-width (a "rolling ball"): anything narrower than the square's side
 *       (about 16 µm, wider than the short axis of nearly every nucleus, large pleomorphic ones
 *       included) stands out of it, while stroma, out-of-focus haze and staining gradients do
 *       not. On BreCaHAD a 12 µm square (the radius of a disc of the largest area) was also tried:
 *       8 µm gave the higher recall on every leave-one-image-out split (see bench/RESULTS.md).
 *   <li>{@code thresholdFactor} 1 and {@code minThreshold} 0.01: Otsu's threshold of the
 *       background-subtracted haematoxylin over the image, never below 0.01 (an optical density
 *       of about 0.14, a pale but visible nucleus), so that an image without nuclei does not make
 *       nuclei of its noise.
 *   <li>{@code maxHoleAreaUm2} 20 µm²: holes in the mask this small (pale nucleoli, vesicular
 *       chromatin) are filled; larger ones (gland lumina, vessels) are left open.
 *   <li>{@code seedSmoothingUm} 1 µm and {@code minSeedDistanceUm} 3 µm: touching nuclei are split
 *       at the saddles of the distance to the background, smoothed so that a ragged edge does
 *       not make a seed; two seeds are at least 3 µm apart (about the radius of the smallest,
 *       lymphocyte, nuclei, so that no nucleus is split in two along its length).
 *   <li>{@code minAreaUm2} 10 and {@code maxAreaUm2} 400: from small lymphocytes (about 4 µm
 *       across, 12 µm²) to the large pleomorphic tumour nuclei of high-grade carcinoma (two to
 *       three times a normal epithelial nucleus of 40–60 µm², and more): the upper limit of
 *       QuPath's cell detection. A limit of 200 µm² (typical nuclei) drops exactly the nuclei that
 *       score pleomorphism 3; on BreCaHAD it left a third of the annotated tumour nuclei
 *       undetected, each a single, well-outlined nucleus of 200–270 µm².
 * </ul>
 *
 * @param estimateStains estimate the stain vectors of each image by Macenko's method
 * @param givenStains stain vectors to use as they are (haematoxylin, eosin, DAB rows); when
 *     present, no estimate is made
 * @param stainModel which standard vectors to fall back to, and which two stains Macenko's
 *     method finds
 * @param minStainedFraction the least fraction of stained pixels for which an estimate is made
 * @param smoothingSigmaUm standard deviation of the Gaussian smoothing of the haematoxylin amount
 * @param backgroundRadiusUm half-width of the square whose opening is taken as background
 * @param thresholdFactor Otsu's threshold is multiplied by this
 * @param minThreshold the threshold never goes below this haematoxylin amount
 * @param givenThresholds thresholds to use instead of Otsu's per image (then {@code
 *     thresholdFactor} and {@code minThreshold} are not applied)
 * @param maxHoleAreaUm2 holes in the foreground up to this area are filled
 * @param seedSmoothingUm standard deviation of the Gaussian smoothing of the distance transform
 * @param minSeedDistanceUm two seeds are at least this far apart (in each axis, as
 *     scikit-image's {@code peak_local_max})
 * @param minAreaUm2 smaller regions are not nuclei
 * @param maxAreaUm2 larger regions are not nuclei
 */
public record ClassicalDetectorSettings(
        boolean estimateStains,
        Optional<StainMatrix> givenStains,
        StainModel stainModel,
        double minStainedFraction,
        double smoothingSigmaUm,
        double backgroundRadiusUm,
        double thresholdFactor,
        double minThreshold,
        Optional<SignalThresholds> givenThresholds,
        double maxHoleAreaUm2,
        double seedSmoothingUm,
        double minSeedDistanceUm,
        double minAreaUm2,
        double maxAreaUm2) {

    public ClassicalDetectorSettings {
        if (givenStains == null || stainModel == null || givenThresholds == null) {
            throw new IllegalArgumentException(
                    "given stains and thresholds (possibly empty) and a stain model are required");
        }
        requireInRange("minStainedFraction", minStainedFraction, 0, 1);
        requireInRange("smoothingSigmaUm", smoothingSigmaUm, 0, 100);
        requireInRange("backgroundRadiusUm", backgroundRadiusUm, 0, 1000);
        requireInRange("thresholdFactor", thresholdFactor, 0, 100);
        requireInRange("minThreshold", minThreshold, 0, 10);
        requireInRange("maxHoleAreaUm2", maxHoleAreaUm2, 0, 1e6);
        requireInRange("seedSmoothingUm", seedSmoothingUm, 0, 100);
        requireInRange("minSeedDistanceUm", minSeedDistanceUm, 0, 100);
        requireInRange("minAreaUm2", minAreaUm2, 0, 1e6);
        requireInRange("maxAreaUm2", maxAreaUm2, 0, 1e6);
        if (!(thresholdFactor > 0)) {
            throw new IllegalArgumentException("thresholdFactor must be positive: " + thresholdFactor);
        }
        if (!(maxAreaUm2 > minAreaUm2)) {
            throw new IllegalArgumentException(
                    "maxAreaUm2 (" + maxAreaUm2 + ") must be larger than minAreaUm2 (" + minAreaUm2 + ")");
        }
    }

    /** The defaults for breast H&amp;E described above. */
    public static ClassicalDetectorSettings defaults() {
        return new ClassicalDetectorSettings(
                true,
                Optional.empty(),
                StainModel.HAEMATOXYLIN_EOSIN,
                0.05,
                1.0,
                8.0,
                1.0,
                0.01,
                Optional.empty(),
                20,
                1.0,
                3.0,
                10,
                400);
    }

    /**
     * The defaults with haematoxylin–DAB as the stains (immunohistochemistry such as Ki67): nuclei
     * are found in haematoxylin or in DAB (see {@link StainModel#HAEMATOXYLIN_DAB}).
     */
    public static ClassicalDetectorSettings immunohistochemistry() {
        return defaults().withStainModel(StainModel.HAEMATOXYLIN_DAB);
    }

    public ClassicalDetectorSettings withStainModel(StainModel model) {
        return new ClassicalDetectorSettings(
                estimateStains,
                givenStains,
                model,
                minStainedFraction,
                smoothingSigmaUm,
                backgroundRadiusUm,
                thresholdFactor,
                minThreshold,
                givenThresholds,
                maxHoleAreaUm2,
                seedSmoothingUm,
                minSeedDistanceUm,
                minAreaUm2,
                maxAreaUm2);
    }

    /** These settings with fixed thresholds instead of Otsu's per image. */
    public ClassicalDetectorSettings withGivenThresholds(SignalThresholds thresholds) {
        return new ClassicalDetectorSettings(
                estimateStains,
                givenStains,
                stainModel,
                minStainedFraction,
                smoothingSigmaUm,
                backgroundRadiusUm,
                thresholdFactor,
                minThreshold,
                Optional.of(thresholds),
                maxHoleAreaUm2,
                seedSmoothingUm,
                minSeedDistanceUm,
                minAreaUm2,
                maxAreaUm2);
    }

    /** These settings with fixed stain vectors instead of an estimate. */
    public ClassicalDetectorSettings withGivenStains(StainMatrix stains) {
        return new ClassicalDetectorSettings(
                false,
                Optional.of(stains),
                stainModel,
                minStainedFraction,
                smoothingSigmaUm,
                backgroundRadiusUm,
                thresholdFactor,
                minThreshold,
                givenThresholds,
                maxHoleAreaUm2,
                seedSmoothingUm,
                minSeedDistanceUm,
                minAreaUm2,
                maxAreaUm2);
    }

    /** These settings keeping nuclei up to {@code areaUm2}. */
    public ClassicalDetectorSettings withMaxAreaUm2(double areaUm2) {
        return new ClassicalDetectorSettings(
                estimateStains,
                givenStains,
                stainModel,
                minStainedFraction,
                smoothingSigmaUm,
                backgroundRadiusUm,
                thresholdFactor,
                minThreshold,
                givenThresholds,
                maxHoleAreaUm2,
                seedSmoothingUm,
                minSeedDistanceUm,
                minAreaUm2,
                areaUm2);
    }

    /**
     * How far a nucleus may reach from its centroid: the radius of a disc of the largest area,
     * doubled so that an elongated nucleus (up to 4:1) of that area also fits (22.6 µm by default).
     */
    public double maxNucleusRadiusUm() {
        return 2 * Math.sqrt(maxAreaUm2 / Math.PI);
    }

    /**
     * How far inside a tile a nucleus's centroid must lie for the calibrated detector ({@link
     * ClassicalNucleusDetector#calibratedOn}) to find it exactly as in the whole image: the
     * largest nucleus radius plus the reach of the filters that see beyond it (the background
     * square, and four standard deviations of each Gaussian). 38.6 µm by default.
     */
    public double tileMarginUm() {
        return maxNucleusRadiusUm() + backgroundRadiusUm + 4 * (smoothingSigmaUm + seedSmoothingUm);
    }

    /** Names to values, for provenance. */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("estimateStains", estimateStains);
        map.put("givenStains", givenStains.map(ClassicalDetectorSettings::rows).orElse(null));
        map.put("stainModel", stainModel.name());
        map.put("minStainedFraction", minStainedFraction);
        map.put("smoothingSigmaUm", smoothingSigmaUm);
        map.put("backgroundRadiusUm", backgroundRadiusUm);
        map.put("thresholdFactor", thresholdFactor);
        map.put("minThreshold", minThreshold);
        map.put(
                "givenThresholds",
                givenThresholds
                        .map(t -> java.util.List.of(t.haematoxylin(), t.dab()))
                        .orElse(null));
        map.put("maxHoleAreaUm2", maxHoleAreaUm2);
        map.put("seedSmoothingUm", seedSmoothingUm);
        map.put("minSeedDistanceUm", minSeedDistanceUm);
        map.put("minAreaUm2", minAreaUm2);
        map.put("maxAreaUm2", maxAreaUm2);
        return map;
    }

    private static double[][] rows(StainMatrix matrix) {
        double[][] rows = new double[3][3];
        for (int stain = 0; stain < 3; stain++) {
            for (int channel = 0; channel < 3; channel++) {
                rows[stain][channel] = matrix.rgbFromStain(stain, channel);
            }
        }
        return rows;
    }

    private static void requireInRange(String name, double value, double low, double high) {
        if (!(value >= low && value <= high)) {
            throw new IllegalArgumentException(name + " must be in [" + low + ", " + high + "]: " + value);
        }
    }
}
