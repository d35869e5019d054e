package org.precis.embed;

/** The order in which a model expects the three colour channels. */
public enum ChannelOrder {
    RGB,
    BGR;

    /** The RGB index (0 red, 1 green, 2 blue) of the model's channel {@code channel}. */
    public int rgbIndex(int channel) {
        if (channel < 0 || channel > 2) {
            throw new IllegalArgumentException("channel must be 0, 1 or 2: " + channel);
        }
        return this == RGB ? channel : 2 - channel;
    }
}
