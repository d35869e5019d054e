package org.precis.report.cells;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.precis.cells.output.Cell;
import org.precis.cells.output.CellTable;
import org.precis.cells.output.CellsProvenance;
import org.precis.cells.output.Classification;
import org.precis.cells.output.PixelRegion;
import org.precis.cells.run.RegionPicture;
import org.precis.imaging.heatmap.LegendEntry;
import org.precis.imaging.outline.Ring;
import org.precis.imaging.outline.Vertex;
import org.precis.report.figure.AnnotatedImage;
import org.precis.report.figure.Caption;
import org.precis.report.figure.ScaleBar;
import org.precis.slide.RgbImage;

/**
 * Cells drawn on the region they were found in: every nucleus's outline in its class's colour (one
 * colour for cells not classified), dashed circles for marked areas, a legend of the classes with
 * their counts, a scale bar in µm and a caption that says what is shown and that it is for
 * research use only, not a diagnosis. Outlines are drawn without anti-aliasing, so an outline's
 * pixels carry its class's colour exactly.
 */
public final class CellOverlay {

    /** The colour of cells that carry no class. */
    public static final int UNCLASSIFIED = 0xFFD400;

    /** Name of cells without a class, in the legend. */
    static final String UNCLASSIFIED_NAME = "Nucleus (not classified)";

    /** The last line of every cell overlay's caption. */
    public static final String RESEARCH_USE = "Research use only, not a diagnosis.";

    private CellOverlay() {}

    /**
     * The cells of a detection run's file on its region, the caption saying which image and region,
     * which detector found them and which classifier called their classes.
     */
    public static AnnotatedImage of(RegionPicture picture, CellTable table) {
        CellsProvenance p = table.provenance();
        String file = Path.of(p.slideFile()).getFileName().toString();
        String classes = p.classifier().isEmpty()
                ? "not classified"
                : "classes called by the cell classifier " + p.classifier().getOrDefault("model", "?") + " ("
                        + p.classifier().getOrDefault("features", "?") + " features)";
        String shown = String.format(
                Locale.ROOT,
                "%s, level-0 region %s (x,y,w,h): nuclei found by the %s detector at %.3f µm/px, %s.",
                file,
                p.region(),
                p.detector(),
                p.mpp(),
                classes);
        return of(picture, p.slideMpp(), table.cells(), List.of(), shown);
    }

    /**
     * A whole field image (a plain image of {@code mpp} µm/px) with its cells, found by
     * {@code detector} and classed by {@code classifier}.
     */
    public static AnnotatedImage ofField(
            String name, RgbImage image, double mpp, List<Cell> cells, String detector, String classifier) {
        RegionPicture picture = new RegionPicture(image, new PixelRegion(0, 0, image.width(), image.height()), 1);
        String shown = String.format(
                Locale.ROOT,
                "%s, the whole field: nuclei found by the %s detector at %.3f µm/px, classes called by the cell"
                        + " classifier %s.",
                name,
                detector,
                mpp,
                classifier);
        return of(picture, mpp, cells, List.of(), shown);
    }

    /**
     * @param picture the region the cells lie in
     * @param slideMpp µm per level-0 pixel
     * @param cells the cells, in level-0 pixels
     * @param circles marked areas to circle, in level-0 pixels
     * @param shown what the figure shows, the caption's first sentence (for example the image, region and
     *     what called the classes)
     */
    public static AnnotatedImage of(
            RegionPicture picture, double slideMpp, List<Cell> cells, List<DashedCircle> circles, String shown) {
        BufferedImage image = picture.image().toBufferedImage();
        Map<String, int[]> counts = new LinkedHashMap<>();
        Graphics2D g = image.createGraphics();
        try {
            float stroke = (float) Math.max(2, Math.round(Math.min(image.getWidth(), image.getHeight()) / 600.0));
            g.setStroke(new BasicStroke(stroke));
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            for (Cell cell : cells) {
                Optional<Classification> c = cell.classification();
                String name = c.map(Classification::name).orElse(UNCLASSIFIED_NAME);
                int rgb = c.map(Classification::rgb).orElse(UNCLASSIFIED);
                counts.computeIfAbsent(name, k -> new int[] {rgb, 0})[1]++;
                g.setColor(new Color(rgb));
                g.draw(path(cell.nucleus().outline().exterior(), picture));
            }
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(
                    2 * stroke, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {12, 8}, 0));
            for (DashedCircle circle : circles) {
                double r = circle.radius() / picture.level0PerPixel();
                double x = (circle.centreX() - picture.region().x()) / picture.level0PerPixel();
                double y = (circle.centreY() - picture.region().y()) / picture.level0PerPixel();
                g.draw(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
            }
        } finally {
            g.dispose();
        }
        List<LegendEntry> legend = new ArrayList<>();
        counts.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue()[1], a.getValue()[1]))
                .forEach(e -> legend.add(new LegendEntry(e.getKey() + " (" + e.getValue()[1] + ")", e.getValue()[0])));
        for (DashedCircle circle : circles) {
            legend.add(new LegendEntry(circle.label() + " (dashed circle)", 0x000000));
        }
        Caption caption = Caption.of(
                shown,
                String.format(
                        Locale.ROOT,
                        "%d nuclei, each outlined in its class's colour (counts in the legend); image at %.3f µm/px.",
                        cells.size(),
                        slideMpp * picture.level0PerPixel()),
                RESEARCH_USE);
        return AnnotatedImage.withSwatches(
                RgbImage.of(image),
                Optional.of(ScaleBar.fitting(image.getWidth(), slideMpp * picture.level0PerPixel())),
                legend,
                caption);
    }

    private static Path2D path(Ring ring, RegionPicture picture) {
        Path2D.Double path = new Path2D.Double();
        boolean first = true;
        for (Vertex v : ring.vertices()) {
            double x = (v.x() - picture.region().x()) / picture.level0PerPixel();
            double y = (v.y() - picture.region().y()) / picture.level0PerPixel();
            if (first) {
                path.moveTo(x, y);
                first = false;
            } else {
                path.lineTo(x, y);
            }
        }
        path.closePath();
        return path;
    }
}
