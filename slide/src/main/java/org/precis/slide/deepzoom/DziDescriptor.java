package org.precis.slide.deepzoom;

/**
 * The {@code .dzi} of a Deep Zoom pyramid: tile size, overlap, tile format and the size of its
 * largest level.
 */
public record DziDescriptor(int tileSize, int overlap, TileFormat format, long width, long height) {

    /** The {@code .dzi} media type. */
    public static final String MEDIA_TYPE = "application/xml";

    /**
     * The XML text, character for character what openslide-python's
     * {@code DeepZoomGenerator.get_dzi(format)} returns (no XML declaration, attributes in its
     * order, a space before {@code />}).
     */
    public String xml() {
        return "<Image TileSize=\"" + tileSize + "\" Overlap=\"" + overlap + "\" Format=\"" + format.extension()
                + "\" xmlns=\"http://schemas.microsoft.com/deepzoom/2008\"><Size Width=\"" + width + "\" Height=\""
                + height + "\" /></Image>";
    }
}
