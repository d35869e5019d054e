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
        int height = descriptor.inputHeight();
        int width = descriptor.inputWidth();
        int plane = height * width;
        float[] values = new float[Math.multiplyExact(tiles.size(), 3 * plane)];
        ChannelOrder order = descriptor.channelOrder();
        for (int n = 0; n < tiles.size(); n++) {
            RgbImage tile = tiles.get(n);
            if (tile.width() != width || tile.height() != height) {
                throw new IllegalArgumentException("tile " + n + " is " + tile.width() + "x" + tile.height()
                        + " px but encoder " + descriptor.name() + " takes " + width + "x" + height
                        + " px: resample tiles to the input size first");
            }
            byte[] rgb = tile.rgb();
            int base = n * 3 * plane;
            for (int channel = 0; channel < 3; channel++) {
                int colour = order.rgbIndex(channel);
                float[] table = tables[colour];
                if (descriptor.layout() == TensorLayout.NCHW) {
                    int offset = base + channel * plane;
                    for (int p = 0; p < plane; p++) {
                        values[offset + p] = table[rgb[3 * p + colour] & 0xff];
                    }
                } else {
                    for (int p = 0; p < plane; p++) {
                        values[base + 3 * p + channel] = table[rgb[3 * p + colour] & 0xff];
                    }
                }
            }
        }
        return values;
    }
}
