package org.precis.imaging.stain;

/**
 * What Macenko's method estimates from an H&E image: the two stain vectors and the robust maximum
 * (a high percentile) of each stain's concentration.
 */
public record MacenkoStains(StainVector haematoxylin, StainVector eosin, double maxHaematoxylin, double maxEosin) {

    /** The reference of Macenko et al. as used by torchstain and others. */
    public static final MacenkoStains REFERENCE = new MacenkoStains(
            StainVector.along(0.5626, 0.7201, 0.4062), StainVector.along(0.2159, 0.8012, 0.5581), 1.9705, 1.0308);

    public MacenkoStains {
        if (haematoxylin == null || eosin == null) {
            throw new IllegalArgumentException("both stain vectors are required");
        }
        if (!(maxHaematoxylin > 0)
                || !(maxEosin > 0)
                || Double.isInfinite(maxHaematoxylin)
                || Double.isInfinite(maxEosin)) {
            throw new IllegalArgumentException(
                    "maximum concentrations must be positive and finite: " + maxHaematoxylin + ", " + maxEosin);
        }
    }
}
