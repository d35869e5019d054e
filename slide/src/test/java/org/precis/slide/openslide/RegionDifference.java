package org.precis.slide.openslide;

import org.precis.slide.RgbImage;

/** Mean and largest absolute difference over every channel of two images of one size. */
record RegionDifference(double mean, int max) {

    static RegionDifference between(RgbImage a, RgbImage b) {
        if (a.width() != b.width() || a.height() != b.height()) {
            throw new IllegalArgumentException("images differ in size: " + a + " and " + b);
        }
        byte[] x = a.rgb();
        byte[] y = b.rgb();
        long sum = 0;
        int max = 0;
        for (int i = 0; i < x.length; i++) {
            int d = Math.abs((x[i] & 0xff) - (y[i] & 0xff));
            sum += d;
            max = Math.max(max, d);
        }
        return new RegionDifference((double) sum / x.length, max);
    }
}
