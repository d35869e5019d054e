package org.precis.embed;

import java.util.List;
import org.precis.slide.RgbImage;

/**
 * Builds the float input of a batch of tiles in the layout, channel order and normalisation a
 * descriptor asks for.
 */
final class InputBatch {

    private final EncoderDescriptor descriptor;
    private final float[][] tables;

    InputBatch(EncoderDescriptor descriptor) {
        this.descriptor = descriptor;
        this.tables = descriptor.normalisation().lookupTables();
    }

    /** The shape of a batch of {@code count} tiles. */
    long[] shape(int count) {
        return descriptor.layout().shape(count, descriptor.inputHeight(), descriptor.inputWidth());
    }

    /**
     * The values of {@code tiles} in tensor order.
     *
     * @throws IllegalArgumentException if a tile is not the input size
     */
    float[] values(List<RgbImage> tiles) {
        int perTile = 3 * descriptor.inputHeight() * descriptor.inputWidth();
        float[] values = new float[Math.multiplyExact(tiles.size(), perTile)];
        for (int n = 0; n < tiles.size(); n++) {
            fill(tiles.get(n), n, values, n * perTile);
        }
        return values;
    }

    /**
     * Writes the values of one tile into {@code values} from {@code offset} on, in one pass over
     * its pixels (each RGB byte read once, each channel's table lookup written to its plane).
     *
     * @throws IllegalArgumentException if the tile is not the input size
     */
    void fill(RgbImage tile, int index, float[] values, int offset) {
        int height = descriptor.inputHeight();
        int width = descriptor.inputWidth();
        if (tile.width() != width || tile.height() != height) {
            throw new IllegalArgumentException("tile " + index + " is " + tile.width() + "x" + tile.height()
                    + " px but encoder " + descriptor.name() + " takes " + width + "x" + height
                    + " px: resample tiles to the input size first");
        }
        int plane = height * width;
        ChannelOrder order = descriptor.channelOrder();
        int c0 = order.rgbIndex(0);
        int c1 = order.rgbIndex(1);
        int c2 = order.rgbIndex(2);
        float[] t0 = tables[c0];
        float[] t1 = tables[c1];
        float[] t2 = tables[c2];
        byte[] rgb = tile.rgb();
        if (descriptor.layout() == TensorLayout.NCHW) {
            int o1 = offset + plane;
            int o2 = offset + 2 * plane;
            for (int p = 0, i = 0; p < plane; p++, i += 3) {
                values[offset + p] = t0[rgb[i + c0] & 0xff];
                values[o1 + p] = t1[rgb[i + c1] & 0xff];
                values[o2 + p] = t2[rgb[i + c2] & 0xff];
            }
        } else {
            for (int i = 0; i < 3 * plane; i += 3) {
                values[offset + i] = t0[rgb[i + c0] & 0xff];
                values[offset + i + 1] = t1[rgb[i + c1] & 0xff];
                values[offset + i + 2] = t2[rgb[i + c2] & 0xff];
            }
        }
    }
}
