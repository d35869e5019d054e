package org.precis.imaging.outline;

/** A corner of a ring, in whatever pixel coordinates the ring is in (x right, y down). */
public record Vertex(double x, double y) {

    public Vertex {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("vertex must be finite: " + x + ", " + y);
        }
    }
}
