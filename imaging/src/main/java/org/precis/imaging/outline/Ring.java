package org.precis.imaging.outline;

import java.util.ArrayList;
import java.util.List;

/**
 * A closed ring of vertices; the last vertex joins the first (it is not repeated). Its signed area
 * by the shoelace formula is positive for an exterior and negative for a hole, as GeoJSON
 * (RFC 7946) orders them.
 */
public record Ring(List<Vertex> vertices) {

    public Ring {
        if (vertices == null || vertices.size() < 3) {
            throw new IllegalArgumentException("a ring needs at least three vertices");
        }
        vertices = List.copyOf(vertices);
    }

    /** Shoelace area with its sign (positive: counter-clockwise in x-right, y-up terms). */
    public double signedArea() {
        double twice = 0;
        int n = vertices.size();
        for (int i = 0; i < n; i++) {
            Vertex a = vertices.get(i);
            Vertex b = vertices.get((i + 1) % n);
            twice += a.x() * b.y() - b.x() * a.y();
        }
        return twice / 2;
    }

    /** The ring with every coordinate multiplied by {@code factor}. */
    public Ring scaled(double factor) {
        List<Vertex> out = new ArrayList<>(vertices.size());
        for (Vertex v : vertices) {
            out.add(new Vertex(v.x() * factor, v.y() * factor));
        }
        return new Ring(out);
    }

    /** The ring moved by {@code (dx, dy)}. */
    public Ring translated(double dx, double dy) {
        List<Vertex> out = new ArrayList<>(vertices.size());
        for (Vertex v : vertices) {
            out.add(new Vertex(v.x() + dx, v.y() + dy));
        }
        return new Ring(out);
    }

    /** Even-odd test of one point against this ring alone. */
    public boolean encloses(double x, double y) {
        boolean inside = false;
        int n = vertices.size();
        for (int i = 0, j = n - 1; i < n; j = i++) {
            Vertex a = vertices.get(i);
            Vertex b = vertices.get(j);
            if ((a.y() > y) != (b.y() > y) && x < a.x() + (y - a.y()) * (b.x() - a.x()) / (b.y() - a.y())) {
                inside = !inside;
            }
        }
        return inside;
    }
}
