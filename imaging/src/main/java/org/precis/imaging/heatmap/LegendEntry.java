package org.precis.imaging.heatmap;

import java.util.Objects;

/** One swatch of a legend: a colour (0xRRGGBB) and what it stands for. */
public record LegendEntry(String label, int rgb) {

    public LegendEntry {
        Objects.requireNonNull(label, "label");
        rgb &= 0xFFFFFF;
    }
}
