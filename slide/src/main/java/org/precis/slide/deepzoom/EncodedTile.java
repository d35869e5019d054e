package org.precis.slide.deepzoom;

import java.util.Arrays;

/**
 * A compressed tile ready to send. The byte array is shared with the cache: callers must not
 * change it.
 *
 * @param address where it sits in the pyramid
 * @param format  its format (the media type to send)
 * @param etag    its strong ETag, quoted
 * @param bytes   the compressed tile
 */
public record EncodedTile(TileAddress address, TileFormat format, String etag, byte[] bytes) {

    @Override
    public boolean equals(Object other) {
        return other instanceof EncodedTile that
                && address.equals(that.address)
                && format == that.format
                && etag.equals(that.etag)
                && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * etag.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "EncodedTile[" + address + ", " + format + ", " + etag + ", " + bytes.length + " bytes]";
    }
}
