package org.precis.imaging.outline;

import java.util.ArrayList;
import java.util.List;

/** One connected region: an exterior ring and the rings of its holes. */
public record Polygon(Ring exterior, List<Ring> holes) {

    public Polygon {
        if (exterior == null) {
            throw new IllegalArgumentException("a polygon needs an exterior ring");
        }
        holes = holes == null ? List.of() : List.copyOf(holes);
    }

    /** Area inside the exterior and outside the holes, in squared coordinate units. */
    public double area() {
        double area = Math.abs(exterior.signedArea());
        for (Ring hole : holes) {
            area -= Math.abs(hole.signedArea());
        }
        return area;
    }

    /** The polygon with every coordinate multiplied by {@code factor}. */
    public Polygon scaled(double factor) {
        List<Ring> scaledHoles = new ArrayList<>(holes.size());
        for (Ring hole : holes) {
            scaledHoles.add(hole.scaled(factor));
        }
        return new Polygon(exterior.scaled(factor), scaledHoles);
    }

    /** The polygon moved by {@code (dx, dy)}; itself when both are 0. */
    public Polygon translated(double dx, double dy) {
        if (dx == 0 && dy == 0) {
            return this;
        }
        List<Ring> movedHoles = new ArrayList<>(holes.size());
        for (Ring hole : holes) {
            movedHoles.add(hole.translated(dx, dy));
        }
        return new Polygon(exterior.translated(dx, dy), movedHoles);
    }

    /** Every ring, the exterior first. */
    public List<Ring> rings() {
        List<Ring> all = new ArrayList<>(holes.size() + 1);
        all.add(exterior);
        all.addAll(holes);
        return all;
    }
}
