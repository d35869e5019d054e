package org.precis.cells.grade;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.precis.cells.nuclei.CellClass;
import org.precis.imaging.tissue.OtsuThreshold;
import org.precis.slide.RgbImage;

/**
 * A research estimate of gland lumina in an H&amp;E field: bright regions (grey level at or above
 * the image's Otsu threshold of grey) that do not touch the image edge, of {@link #MIN_AREA_UM2} to
 * {@link #MAX_AREA_UM2}, ringed by tumour cells (at least {@link #MIN_RING_NUCLEI} tumour or mitotic
 * nuclei within {@link #RING_UM} µm of the region's equivalent circle, in at least three of the four
 * quadrants around its centre). Larger bright regions are taken as stroma clefts, fat or
 * background; unringed ones as spaces that are not glands. Not validated: the development set
 * marks one tubule and 15 lumen-like spaces that are not tubules.
 */
public final class LumenFinder {

    static final double MIN_AREA_UM2 = 20;
    static final double MAX_AREA_UM2 = 20_000;
    static final double RING_UM = 12;
    static final int MIN_RING_NUCLEI = 5;

    /** The lumina of {@code image} (pixel size {@code mpp} µm), given its classified nuclei (µm). */
    public List<Lumen> find(RgbImage image, double mpp, List<GradedNucleus> nuclei) {
        int w = image.width();
        int h = image.height();
        byte[] rgb = image.rgb();
        double[] grey = new double[w * h];
        for (int p = 0; p < grey.length; p++) {
            grey[p] = ((rgb[3 * p] & 0xff) + (rgb[3 * p + 1] & 0xff) + (rgb[3 * p + 2] & 0xff)) / 3.0;
        }
        double threshold = OtsuThreshold.of(grey).value();
        int[] label = new int[w * h];
        List<Lumen> lumina = new ArrayList<>();
        int next = 0;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        double pixelArea = mpp * mpp;
        for (int start = 0; start < grey.length; start++) {
            if (label[start] != 0 || grey[start] < threshold) {
                continue;
            }
            next++;
            label[start] = next;
            queue.add(start);
            long count = 0;
            double sx = 0;
            double sy = 0;
            boolean edge = false;
            while (!queue.isEmpty()) {
                int p = queue.poll();
                int x = p % w;
                int y = p / w;
                count++;
                sx += x + 0.5;
                sy += y + 0.5;
                edge |= x == 0 || y == 0 || x == w - 1 || y == h - 1;
                int[] neighbours = {
                    x > 0 ? p - 1 : -1, x < w - 1 ? p + 1 : -1, y > 0 ? p - w : -1, y < h - 1 ? p + w : -1
                };
                for (int q : neighbours) {
                    if (q >= 0 && label[q] == 0 && grey[q] >= threshold) {
                        label[q] = next;
                        queue.add(q);
                    }
                }
            }
            double area = count * pixelArea;
            if (edge || area < MIN_AREA_UM2 || area > MAX_AREA_UM2) {
                continue;
            }
            double cx = sx / count * mpp;
            double cy = sy / count * mpp;
            if (ringed(cx, cy, Math.sqrt(area / Math.PI), nuclei)) {
                lumina.add(new Lumen(cx, cy, area));
            }
        }
        return lumina;
    }

    private static boolean ringed(double cx, double cy, double radius, List<GradedNucleus> nuclei) {
        int count = 0;
        boolean[] quadrant = new boolean[4];
        for (GradedNucleus n : nuclei) {
            if (n.cellClass() != CellClass.TUMOR && n.cellClass() != CellClass.MITOSIS) {
                continue;
            }
            double dx = n.xUm() - cx;
            double dy = n.yUm() - cy;
            if (Math.hypot(dx, dy) <= radius + RING_UM) {
                count++;
                quadrant[(dx >= 0 ? 0 : 1) + (dy >= 0 ? 0 : 2)] = true;
            }
        }
        int quadrants = 0;
        for (boolean q : quadrant) {
            quadrants += q ? 1 : 0;
        }
        return count >= MIN_RING_NUCLEI && quadrants >= 3;
    }
}
