package org.precis.slide.deepzoom;

/** How tiles are compressed: the {@code Format} of the {@code .dzi} and the tiles' media type. */
public enum TileFormat {
    JPEG("jpeg", "image/jpeg"),
    PNG("png", "image/png");

    private final String extension;
    private final String mediaType;

    TileFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** The file extension of a tile, and the {@code Format} attribute of the {@code .dzi}. */
    public String extension() {
        return extension;
    }

    /** The tile's {@code Content-Type}. */
    public String mediaType() {
        return mediaType;
    }
}
