package org.precis.cells.ihc.robustness;

import org.precis.slide.RgbImage;

/**
 * A scanner's colour response: each channel's intensity (as a fraction of full scale) raised to
 * a gamma and multiplied by a gain, {@code 255 gain (I / 255)^gamma}, rounded and clipped.
 *
 * @param gamma per-channel exponent (red, green, blue); 1 changes nothing, below 1 lightens
 * @param gain per-channel factor (red, green, blue)
 */
public record ColourResponse(double[] gamma, double[] gain) {

    public ColourResponse {
        if (gamma == null || gain == null || gamma.length != 3 || gain.length != 3) {
            throw new IllegalArgumentException("gamma and gain need three channels each");
        }
        for (int c = 0; c < 3; c++) {
            if (!(gamma[c] > 0 && gamma[c] < 10 && gain[c] > 0 && gain[c] < 10)) {
                throw new IllegalArgumentException("gamma and gain must be in (0, 10)");
            }
        }
        gamma = gamma.clone();
        gain = gain.clone();
    }

    public RgbImage apply(RgbImage image) {
        int[][] table = new int[3][256];
        for (int c = 0; c < 3; c++) {
            for (int v = 0; v < 256; v++) {
                table[c][v] =
                        (int) Math.min(255, Math.max(0, Math.round(255 * gain[c] * Math.pow(v / 255.0, gamma[c]))));
            }
        }
        byte[] in = image.rgb();
        byte[] out = new byte[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = (byte) table[i % 3][in[i] & 0xff];
        }
        return new RgbImage(image.width(), image.height(), out);
    }
}
