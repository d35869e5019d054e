package org.precis.cells.ihc.robustness;

import org.precis.slide.RgbImage;

/**
 * A different stain hue: every pixel's optical density (against white 255) rotated about the grey
 * axis by {@code degrees}, which turns every stain vector by that much around it (a bluer or
 * redder haematoxylin and DAB, as another lab's stain or another scanner's filters give).
 */
public record HueRotation(double degrees) {

    public RgbImage apply(RgbImage image) {
        double theta = Math.toRadians(degrees);
        double k = 1 / Math.sqrt(3);
        double cos = Math.cos(theta);
        double sin = Math.sin(theta);
        // Rodrigues' rotation about the unit axis (k, k, k)
        double[][] r = new double[3][3];
        double[] axis = {k, k, k};
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double cross = 0;
                if (i != j) {
                    int m = 3 - i - j;
                    cross = ((j - i + 3) % 3 == 1 ? -1 : 1) * axis[m];
                }
                r[i][j] = (i == j ? cos : 0) + sin * cross + (1 - cos) * axis[i] * axis[j];
            }
        }
        double[] od = new double[256];
        for (int v = 0; v < 256; v++) {
            od[v] = -Math.log10(Math.max(v, 1) / 255.0);
        }
        byte[] in = image.rgb();
        byte[] out = new byte[in.length];
        for (int p = 0; p < in.length; p += 3) {
            double[] d = {od[in[p] & 0xff], od[in[p + 1] & 0xff], od[in[p + 2] & 0xff]};
            for (int i = 0; i < 3; i++) {
                double rotated = r[i][0] * d[0] + r[i][1] * d[1] + r[i][2] * d[2];
                out[p + i] = (byte) Math.min(255, Math.max(0, Math.round(255 * Math.pow(10, -rotated))));
            }
        }
        return new RgbImage(image.width(), image.height(), out);
    }
}
