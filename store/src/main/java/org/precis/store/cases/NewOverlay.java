package org.precis.store.cases;

import java.util.Objects;

/**
 * An overlay to record with an analysis.
 *
 * @param kind its name within the analysis ({@code tissue}, {@code ki67-cells})
 * @param label what the viewer's toggle says
 * @param mediaType {@code application/geo+json} or {@code image/png}
 * @param view how the viewer draws it ({@code outline}, {@code class}, {@code ki67}, {@code heatmap})
 * @param content the bytes (at most {@link #MAX_BYTES})
 */
public record NewOverlay(String kind, String label, String mediaType, String view, byte[] content) {
    public static final int MAX_BYTES = 64 << 20;

    public NewOverlay {
        CaseValues.requireKind(kind);
        CaseValues.requireText("overlay label", label, 200);
        if (!mediaType.equals("application/geo+json") && !mediaType.equals("image/png")) {
            throw new IllegalArgumentException("overlay " + kind + ": unsupported media type " + mediaType);
        }
        Objects.requireNonNull(view, "view");
        if (!view.matches("[a-z][a-z0-9-]{0,31}")) {
            throw new IllegalArgumentException("overlay " + kind + ": bad view name " + view);
        }
        if (content.length == 0 || content.length > MAX_BYTES) {
            throw new IllegalArgumentException(
                    "overlay " + kind + ": " + content.length + " bytes (1 to " + MAX_BYTES + " allowed)");
        }
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    /** The overlay without its bytes. */
    public OverlayInfo info() {
        return new OverlayInfo(kind, label, mediaType, view);
    }
}
