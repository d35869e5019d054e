package org.precis.imaging.stain;

import org.precis.slide.RgbImage;

/** Colour statistics of an image in L*a*b*: what Reinhard normalisation matches. */
public record LabStatistics(ChannelStatistics lightness, ChannelStatistics a, ChannelStatistics b) {

    public LabStatistics {
        if (lightness == null || a == null || b == null) {
            throw new IllegalArgumentException("statistics of all three channels are required");
        }
    }

    public static LabStatistics of(RgbImage image) {
        return LabImage.of(image).statistics();
    }

    /** Channel 0 (L*), 1 (a*) or 2 (b*). */
    public ChannelStatistics channel(int index) {
        return switch (index) {
            case 0 -> lightness;
            case 1 -> a;
            case 2 -> b;
            default -> throw new IllegalArgumentException("L*a*b* has channels 0 to 2, not " + index);
        };
    }
}
