package org.precis.casework;

/**
 * Something to draw over a slide: GeoJSON in level-0 pixels (QuPath's convention) or a PNG that
 * covers the whole slide (view {@code heatmap}: the slide's aspect ratio, transparent where nothing
 * was predicted, coloured in viridis from 0 to 1, which the viewer's legend repeats). A PNG of view
 * {@code chart} is no layer but a figure of the analysis (a predicted survival curve) kept with it
 * for the report: the viewer lists no toggle for it. The store keeps both alike, so a chart needs
 * no table of its own and is recorded in the analysis's transaction.
 *
 * @param kind a stable name ({@code cells}, {@code tissue}, {@code heatmap})
 * @param label what the viewer's toggle says
 * @param mediaType {@code application/geo+json} or {@code image/png}
 * @param view how the viewer colours it ({@code class}, {@code ki67}, {@code outline}, {@code heatmap}),
 *     or {@code chart} for a figure that is not drawn over the slide
 * @param content the bytes
 */
public record Overlay(String kind, String label, String mediaType, String view, byte[] content) {
    public static final String GEOJSON = "application/geo+json";
    public static final String PNG = "image/png";

    public Overlay {
        if (!mediaType.equals(GEOJSON) && !mediaType.equals(PNG)) {
            throw new IllegalArgumentException("overlay " + kind + ": unsupported media type " + mediaType);
        }
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
