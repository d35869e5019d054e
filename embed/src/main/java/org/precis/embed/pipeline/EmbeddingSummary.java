package org.precis.embed.pipeline;

/** What became of a slide's planned tiles: embedded, or skipped because they could not be read. */
public record EmbeddingSummary(int tilesPlanned, int tilesEmbedded, int tilesSkipped) {

    public EmbeddingSummary {
        if (tilesPlanned < 0 || tilesEmbedded < 0 || tilesSkipped < 0 || tilesEmbedded + tilesSkipped != tilesPlanned) {
            throw new IllegalArgumentException("embedded " + tilesEmbedded + " + skipped " + tilesSkipped
                    + " must be the " + tilesPlanned + " tiles planned");
        }
    }
}
