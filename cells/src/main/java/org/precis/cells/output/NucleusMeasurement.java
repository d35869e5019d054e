package org.precis.cells.output;

import java.util.function.ToDoubleFunction;
import org.precis.cells.nuclei.NucleusMeasurements;

/**
 * The measurements of a nucleus as columns: the name QuPath would give each (GeoJSON
 * {@code measurements} and CSV headers) and a snake_case key (HDF5 dataset names), in the order
 * every writer uses.
 */
public enum NucleusMeasurement {
    AREA("Nucleus: Area µm^2", "nucleus_area_um2", NucleusMeasurements::areaUm2),
    PERIMETER("Nucleus: Perimeter µm", "nucleus_perimeter_um", NucleusMeasurements::perimeterUm),
    CIRCULARITY("Nucleus: Circularity", "nucleus_circularity", NucleusMeasurements::circularity),
    SOLIDITY("Nucleus: Solidity", "nucleus_solidity", NucleusMeasurements::solidity),
    MAJOR_AXIS("Nucleus: Major axis µm", "nucleus_major_axis_um", NucleusMeasurements::majorAxisUm),
    MINOR_AXIS("Nucleus: Minor axis µm", "nucleus_minor_axis_um", NucleusMeasurements::minorAxisUm),
    HAEMATOXYLIN_MEAN(
            "Nucleus: Hematoxylin OD mean", "nucleus_hematoxylin_od_mean", NucleusMeasurements::haematoxylinMean),
    HAEMATOXYLIN_MAX("Nucleus: Hematoxylin OD max", "nucleus_hematoxylin_od_max", NucleusMeasurements::haematoxylinMax),
    HAEMATOXYLIN_STD(
            "Nucleus: Hematoxylin OD std dev", "nucleus_hematoxylin_od_std", NucleusMeasurements::haematoxylinStd),
    EOSIN_MEAN("Nucleus: Eosin OD mean", "nucleus_eosin_od_mean", NucleusMeasurements::eosinMean),
    DAB_MEAN("Nucleus: DAB OD mean", "nucleus_dab_od_mean", NucleusMeasurements::dabMean),
    DAB_MAX("Nucleus: DAB OD max", "nucleus_dab_od_max", NucleusMeasurements::dabMax),
    TEXTURE_CONTRAST(
            "Nucleus: Hematoxylin GLCM contrast",
            "nucleus_hematoxylin_glcm_contrast",
            NucleusMeasurements::textureContrast);

    private final String displayName;
    private final String key;
    private final ToDoubleFunction<NucleusMeasurements> value;

    NucleusMeasurement(String displayName, String key, ToDoubleFunction<NucleusMeasurements> value) {
        this.displayName = displayName;
        this.key = key;
        this.value = value;
    }

    /** The name QuPath users read, e.g. {@code Nucleus: Area µm^2}. */
    public String displayName() {
        return displayName;
    }

    /** The snake_case key, e.g. {@code nucleus_area_um2}. */
    public String key() {
        return key;
    }

    public double of(NucleusMeasurements measurements) {
        return value.applyAsDouble(measurements);
    }

    /** Measurements from their values in this enum's order. */
    public static NucleusMeasurements fromValues(double[] v) {
        if (v.length != values().length) {
            throw new IllegalArgumentException("expected " + values().length + " measurements, got " + v.length);
        }
        return new NucleusMeasurements(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12]);
    }

    /** The values in this enum's order. */
    public static double[] valuesOf(NucleusMeasurements measurements) {
        NucleusMeasurement[] all = values();
        double[] out = new double[all.length];
        for (int i = 0; i < all.length; i++) {
            out[i] = all[i].of(measurements);
        }
        return out;
    }
}
