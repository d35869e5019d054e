package org.precis.imaging.stain;

/** Mean and population standard deviation of one colour channel. */
public record ChannelStatistics(double mean, double std) {
    public ChannelStatistics {
        if (!Double.isFinite(mean) || !(std >= 0) || Double.isInfinite(std)) {
            throw new IllegalArgumentException("mean must be finite and std finite and >= 0: " + mean + ", " + std);
        }
    }
}
