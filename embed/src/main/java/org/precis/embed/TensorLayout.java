package org.precis.embed;

/** Where the channel axis lies in a model's 4-D input tensor. */
public enum TensorLayout {
    /** Batch, channel, height, width (PyTorch). */
    NCHW,
    /** Batch, height, width, channel (TensorFlow). */
    NHWC;

    /** The tensor shape of {@code batch} images of {@code height} x {@code width}. */
    public long[] shape(int batch, int height, int width) {
        return this == NCHW ? new long[] {batch, 3, height, width} : new long[] {batch, height, width, 3};
    }
}
