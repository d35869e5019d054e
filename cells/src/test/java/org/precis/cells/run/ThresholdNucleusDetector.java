package org.precis.cells.run;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.precis.cells.nuclei.Nucleus;
import org.precis.cells.nuclei.NucleusDetector;
import org.precis.cells.nuclei.NucleusMeasurements;
import org.precis.imaging.outline.MaskTracer;
import org.precis.imaging.outline.Polygon;
import org.precis.imaging.outline.Ring;
import org.precis.imaging.outline.Vertex;
import org.precis.imaging.stain.ColourDeconvolution;
import org.precis.imaging.stain.Stain;
import org.precis.slide.RgbImage;

/**
 * A small real detector for the run's tests: haematoxylin (rgb2hed) at or above a fixed level,
 * 4-connected regions of at least {@code minAreaUm2}, each traced along pixel edges; the centroid is
 * the mean of the pixel centres (pixel (i, j) covering [i, i+1) x [j, j+1)). It measures area,
 * perimeter, circularity and the haematoxylin mean, max and standard deviation; the other
 * measurements are 0. Every result depends only on the pixels of the region and its edge, which is
 * what the tiled run needs of a detector.
 */
final class ThresholdNucleusDetector implements NucleusDetector {

    private final double haematoxylinLevel;
    private final double minAreaUm2;
    private final double maxRadiusUm;

    ThresholdNucleusDetector(double haematoxylinLevel, double minAreaUm2, double maxRadiusUm) {
        this.haematoxylinLevel = haematoxylinLevel;
        this.minAreaUm2 = minAreaUm2;
        this.maxRadiusUm = maxRadiusUm;
    }

    /** 0.09 (about the 85th percentile of BreCaHAD's haematoxylin), 8 µm², 10 µm. */
    static ThresholdNucleusDetector forTests() {
        return new ThresholdNucleusDetector(0.09, 8, 10);
    }

    @Override
    public List<Nucleus> detect(RgbImage image, double mpp) {
        int width = image.width();
        int height = image.height();
        double[] haematoxylin =
                ColourDeconvolution.haematoxylinEosinDab().separate(image).channel(Stain.HAEMATOXYLIN);
        boolean[] foreground = new boolean[width * height];
        for (int i = 0; i < foreground.length; i++) {
            foreground[i] = haematoxylin[i] >= haematoxylinLevel;
        }
        boolean[] seen = new boolean[foreground.length];
        List<Nucleus> nuclei = new ArrayList<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        int minPixels = (int) Math.ceil(minAreaUm2 / (mpp * mpp));
        for (int start = 0; start < foreground.length; start++) {
            if (!foreground[start] || seen[start]) {
                continue;
            }
            List<Integer> pixels = new ArrayList<>();
            seen[start] = true;
            queue.add(start);
            while (!queue.isEmpty()) {
                int p = queue.poll();
                pixels.add(p);
                int x = p % width;
                int y = p / width;
                if (x > 0) visit(p - 1, foreground, seen, queue);
                if (x < width - 1) visit(p + 1, foreground, seen, queue);
                if (y > 0) visit(p - width, foreground, seen, queue);
                if (y < height - 1) visit(p + width, foreground, seen, queue);
            }
            if (pixels.size() >= minPixels) {
                nuclei.add(nucleus(pixels, width, haematoxylin, mpp));
            }
        }
        return nuclei;
    }

    private static void visit(int p, boolean[] foreground, boolean[] seen, ArrayDeque<Integer> queue) {
        if (foreground[p] && !seen[p]) {
            seen[p] = true;
            queue.add(p);
        }
    }

    private static Nucleus nucleus(List<Integer> pixels, int width, double[] haematoxylin, double mpp) {
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = 0;
        int maxY = 0;
        double sx = 0;
        double sy = 0;
        double sum = 0;
        double sumSquares = 0;
        double max = 0;
        for (int p : pixels) {
            int x = p % width;
            int y = p / width;
            minX = Math.min(minX, x);
            minY = Math.min(minY, y);
            maxX = Math.max(maxX, x);
            maxY = Math.max(maxY, y);
            sx += x + 0.5;
            sy += y + 0.5;
            sum += haematoxylin[p];
            sumSquares += haematoxylin[p] * haematoxylin[p];
            max = Math.max(max, haematoxylin[p]);
        }
        int boxWidth = maxX - minX + 1;
        int boxHeight = maxY - minY + 1;
        boolean[] mask = new boolean[boxWidth * boxHeight];
        for (int p : pixels) {
            mask[(p / width - minY) * boxWidth + p % width - minX] = true;
        }
        Polygon largest = null;
        for (Polygon polygon : new MaskTracer(boxWidth, boxHeight).trace(mask)) {
            if (largest == null || polygon.area() > largest.area()) {
                largest = polygon;
            }
        }
        Polygon outline = shifted(largest, minX, minY);
        int n = pixels.size();
        double areaUm2 = n * mpp * mpp;
        double perimeterUm = perimeter(outline.exterior()) * mpp;
        double mean = sum / n;
        NucleusMeasurements measurements = new NucleusMeasurements(
                areaUm2,
                perimeterUm,
                4 * Math.PI * areaUm2 / (perimeterUm * perimeterUm),
                0,
                0,
                0,
                mean,
                max,
                Math.sqrt(Math.max(0, sumSquares / n - mean * mean)),
                0,
                0,
                0,
                0);
        return new Nucleus(outline, sx / n, sy / n, measurements);
    }

    private static Polygon shifted(Polygon polygon, int dx, int dy) {
        List<Ring> holes = new ArrayList<>();
        for (Ring hole : polygon.holes()) {
            holes.add(shifted(hole, dx, dy));
        }
        return new Polygon(shifted(polygon.exterior(), dx, dy), holes);
    }

    private static Ring shifted(Ring ring, int dx, int dy) {
        List<Vertex> vertices = new ArrayList<>();
        for (Vertex v : ring.vertices()) {
            vertices.add(new Vertex(v.x() + dx, v.y() + dy));
        }
        return new Ring(vertices);
    }

    private static double perimeter(Ring ring) {
        List<Vertex> v = ring.vertices();
        double length = 0;
        for (int i = 0; i < v.size(); i++) {
            Vertex a = v.get(i);
            Vertex b = v.get((i + 1) % v.size());
            length += Math.hypot(b.x() - a.x(), b.y() - a.y());
        }
        return length;
    }

    @Override
    public String name() {
        return "threshold-test";
    }

    @Override
    public Map<String, Object> parameters() {
        return Map.of("haematoxylin_level", haematoxylinLevel, "min_area_um2", minAreaUm2);
    }

    @Override
    public double maxNucleusRadiusUm() {
        return maxRadiusUm;
    }
}
