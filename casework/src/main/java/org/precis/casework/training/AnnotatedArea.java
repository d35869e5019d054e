package org.precis.casework.training;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.precis.imaging.outline.Polygon;
import org.precis.imaging.outline.Ring;
import org.precis.imaging.outline.Vertex;

/**
 * The area an annotation outlines, in level-0 pixels: the polygons of a GeoJSON Polygon or
 * MultiPolygon (a rectangle drawn in the viewer is a Polygon of four corners), holes included.
 * {@link #insideFraction} says how much of a patch's rectangle lies inside, exactly: each ring is
 * clipped to the rectangle (Sutherland–Hodgman, exact for any simple ring against a convex window)
 * and the clipped rings' shoelace areas are added, holes subtracted. GeoJSON's parts of a
 * MultiPolygon do not overlap and its holes lie inside their exterior (RFC 7946), so the sum is the
 * area of the intersection.
 */
record AnnotatedArea(List<Polygon> polygons) {

    AnnotatedArea {
        polygons = List.copyOf(polygons);
        if (polygons.isEmpty()) {
            throw new IllegalArgumentException("an annotated area needs at least one polygon");
        }
    }

    /**
     * The area of a GeoJSON geometry; empty for a geometry without area (Point, MultiPoint,
     * LineString, MultiLineString).
     *
     * @throws IllegalArgumentException for coordinates that are not a polygon's (a ring of fewer
     *     than three distinct points, a coordinate that is not a finite number)
     */
    static Optional<AnnotatedArea> of(JsonNode geometry) {
        String type = geometry.path("type").asText();
        JsonNode coordinates = geometry.path("coordinates");
        return switch (type) {
            case "Polygon" -> Optional.of(new AnnotatedArea(List.of(polygon(coordinates))));
            case "MultiPolygon" -> {
                List<Polygon> parts = new ArrayList<>();
                for (JsonNode part : coordinates) {
                    parts.add(polygon(part));
                }
                yield Optional.of(new AnnotatedArea(parts));
            }
            default -> Optional.empty();
        };
    }

    /** The fraction, in [0, 1], of the rectangle {@code [x, x + width) x [y, y + height)} that lies inside. */
    double insideFraction(double x, double y, double width, double height) {
        if (!(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("a patch needs a positive size: " + width + " x " + height);
        }
        double inside = 0;
        for (Polygon polygon : polygons) {
            inside += clippedArea(polygon.exterior(), x, y, x + width, y + height);
            for (Ring hole : polygon.holes()) {
                inside -= clippedArea(hole, x, y, x + width, y + height);
            }
        }
        return Math.min(1, Math.max(0, inside / (width * height)));
    }

    /** The smallest rectangle holding every polygon: {minX, minY, maxX, maxY}. */
    double[] bounds() {
        double[] bounds = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (Polygon polygon : polygons) {
            for (Vertex vertex : polygon.exterior().vertices()) {
                bounds[0] = Math.min(bounds[0], vertex.x());
                bounds[1] = Math.min(bounds[1], vertex.y());
                bounds[2] = Math.max(bounds[2], vertex.x());
                bounds[3] = Math.max(bounds[3], vertex.y());
            }
        }
        return bounds;
    }

    /** The area of {@code ring} inside the rectangle, unsigned. */
    static double clippedArea(Ring ring, double left, double top, double right, double bottom) {
        List<double[]> points = new ArrayList<>(ring.vertices().size());
        for (Vertex vertex : ring.vertices()) {
            points.add(new double[] {vertex.x(), vertex.y()});
        }
        points = clip(points, 0, left, true);
        points = clip(points, 0, right, false);
        points = clip(points, 1, top, true);
        points = clip(points, 1, bottom, false);
        double twice = 0;
        for (int i = 0; i < points.size(); i++) {
            double[] a = points.get(i);
            double[] b = points.get((i + 1) % points.size());
            twice += a[0] * b[1] - b[0] * a[1];
        }
        return Math.abs(twice) / 2;
    }

    /**
     * One Sutherland–Hodgman pass: keeps the part of the closed path on the inner side of the line
     * {@code axis = limit} ({@code keepAbove}: coordinates >= limit).
     */
    private static List<double[]> clip(List<double[]> points, int axis, double limit, boolean keepAbove) {
        List<double[]> kept = new ArrayList<>(points.size() + 4);
        for (int i = 0; i < points.size(); i++) {
            double[] current = points.get(i);
            double[] previous = points.get((i + points.size() - 1) % points.size());
            boolean currentIn = keepAbove ? current[axis] >= limit : current[axis] <= limit;
            boolean previousIn = keepAbove ? previous[axis] >= limit : previous[axis] <= limit;
            if (currentIn != previousIn) {
                kept.add(crossing(previous, current, axis, limit));
            }
            if (currentIn) {
                kept.add(current);
            }
        }
        return kept;
    }

    private static double[] crossing(double[] a, double[] b, int axis, double limit) {
        double t = (limit - a[axis]) / (b[axis] - a[axis]);
        double[] point = new double[2];
        point[axis] = limit;
        point[1 - axis] = a[1 - axis] + t * (b[1 - axis] - a[1 - axis]);
        return point;
    }

    private static Polygon polygon(JsonNode rings) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new IllegalArgumentException("a polygon has no rings");
        }
        List<Ring> parsed = new ArrayList<>();
        for (JsonNode ring : rings) {
            parsed.add(ring(ring));
        }
        return new Polygon(parsed.get(0), parsed.subList(1, parsed.size()));
    }

    private static Ring ring(JsonNode points) {
        List<Vertex> vertices = new ArrayList<>();
        for (JsonNode point : points) {
            if (!point.isArray()
                    || point.size() < 2
                    || !point.get(0).isNumber()
                    || !point.get(1).isNumber()) {
                throw new IllegalArgumentException("a polygon corner is not [x, y]: " + point);
            }
            Vertex vertex = new Vertex(point.get(0).asDouble(), point.get(1).asDouble());
            if (vertices.isEmpty() || !vertices.get(vertices.size() - 1).equals(vertex)) {
                vertices.add(vertex);
            }
        }
        if (vertices.size() > 1 && vertices.get(0).equals(vertices.get(vertices.size() - 1))) {
            vertices.remove(vertices.size() - 1);
        }
        if (vertices.size() < 3) {
            throw new IllegalArgumentException("a polygon ring has fewer than three distinct corners");
        }
        return new Ring(vertices);
    }
}
