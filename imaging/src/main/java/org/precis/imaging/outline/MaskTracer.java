package org.precis.imaging.outline;

import java.util.ArrayList;
import java.util.List;

/**
 * Traces the outlines of a binary raster (row by row) along pixel edges. Mask pixel (x, y) is the
 * square [x, x+1] x [y, y+1]. Every edge between a foreground and a background pixel (or the
 * raster's border) is walked with the foreground on its right, which makes exteriors clockwise on
 * screen (positive shoelace area, counter-clockwise in GeoJSON's y-up terms) and holes the
 * opposite. Where two foreground pixels touch only at a corner the walk turns towards the pixel it
 * came along, so they become separate polygons that share a point: rings never cross, and filling
 * the polygons by pixel centres gives back the raster exactly.
 */
public final class MaskTracer {

    private static final int EAST = 0;
    private static final int SOUTH = 1;
    private static final int WEST = 2;
    private static final int NORTH = 3;
    private static final int[] DX = {1, 0, -1, 0};
    private static final int[] DY = {0, 1, 0, -1};

    private final int width;
    private final int height;

    public MaskTracer(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("raster size must be positive: " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
    }

    /** The polygons of the foreground, in mask pixel coordinates. */
    public List<Polygon> trace(boolean[] mask) {
        if (mask.length != (long) width * height) {
            throw new IllegalArgumentException(
                    "expected " + (long) width * height + " mask pixels, got " + mask.length);
        }
        int vertexColumns = width + 1;
        int vertexCount = vertexColumns * (height + 1);
        // bit d set: an unwalked boundary edge leaves this vertex in direction d
        byte[] unwalked = new byte[vertexCount];
        for (int y = 0; y <= height; y++) {
            for (int x = 0; x <= width; x++) {
                // the four pixels around the vertex, read once
                boolean topLeft = foreground(mask, x - 1, y - 1);
                boolean topRight = foreground(mask, x, y - 1);
                boolean bottomLeft = foreground(mask, x - 1, y);
                boolean bottomRight = foreground(mask, x, y);
                int bits = (bottomRight && !topRight ? 1 << EAST : 0)
                        | (bottomLeft && !bottomRight ? 1 << SOUTH : 0)
                        | (topLeft && !bottomLeft ? 1 << WEST : 0)
                        | (topRight && !topLeft ? 1 << NORTH : 0);
                unwalked[y * vertexColumns + x] = (byte) bits;
            }
        }
        List<Ring> exteriors = new ArrayList<>();
        List<Ring> holes = new ArrayList<>();
        List<double[]> holeProbes = new ArrayList<>();
        for (int start = 0; start < vertexCount; start++) {
            while (unwalked[start] != 0) {
                int direction = Integer.numberOfTrailingZeros(unwalked[start]);
                int startX = start % vertexColumns;
                int startY = start / vertexColumns;
                Ring ring = walk(mask, unwalked, startX, startY, direction);
                if (ring.signedArea() > 0) {
                    exteriors.add(ring);
                } else {
                    holes.add(ring);
                    // the background pixel on the left of the first edge lies inside the hole
                    int leftward = (direction + 3) % 4;
                    double probeX = startX + (DX[direction] + DX[leftward]) / 2.0;
                    double probeY = startY + (DY[direction] + DY[leftward]) / 2.0;
                    holeProbes.add(new double[] {probeX, probeY});
                }
            }
        }
        return assemble(exteriors, holes, holeProbes);
    }

    /** Whether a boundary edge (foreground on its right) leaves vertex (x, y) in direction d. */
    private boolean isEdge(boolean[] mask, int x, int y, int d) {
        return switch (d) {
            case EAST -> foreground(mask, x, y) && !foreground(mask, x, y - 1);
            case SOUTH -> foreground(mask, x - 1, y) && !foreground(mask, x, y);
            case WEST -> foreground(mask, x - 1, y - 1) && !foreground(mask, x - 1, y);
            default -> foreground(mask, x, y - 1) && !foreground(mask, x - 1, y - 1);
        };
    }

    private boolean foreground(boolean[] mask, int x, int y) {
        return x >= 0 && x < width && y >= 0 && y < height && mask[y * width + x];
    }

    private Ring walk(boolean[] mask, byte[] unwalked, int startX, int startY, int startDirection) {
        int vertexColumns = width + 1;
        List<Vertex> corners = new ArrayList<>();
        int x = startX;
        int y = startY;
        int direction = startDirection;
        do {
            unwalked[y * vertexColumns + x] &= (byte) ~(1 << direction);
            x += DX[direction];
            y += DY[direction];
            int next = nextDirection(mask, x, y, direction);
            if (next != direction) {
                corners.add(new Vertex(x, y));
            }
            direction = next;
        } while (x != startX || y != startY || direction != startDirection);
        return new Ring(corners);
    }

    /** Right turn first (hugging the pixel on the right), then straight on, then left. */
    private int nextDirection(boolean[] mask, int x, int y, int arriving) {
        for (int turn : new int[] {1, 0, 3}) {
            int d = (arriving + turn) % 4;
            if (isEdge(mask, x, y, d)) {
                return d;
            }
        }
        throw new IllegalStateException("boundary walk lost at vertex (" + x + ", " + y + ")");
    }

    /** Gives every hole to the smallest exterior around it. */
    private static List<Polygon> assemble(List<Ring> exteriors, List<Ring> holes, List<double[]> probes) {
        List<List<Ring>> holesOf = new ArrayList<>();
        double[] areas = new double[exteriors.size()];
        for (int i = 0; i < exteriors.size(); i++) {
            holesOf.add(new ArrayList<>());
            areas[i] = exteriors.get(i).signedArea();
        }
        for (int h = 0; h < holes.size(); h++) {
            double[] probe = probes.get(h);
            int owner = -1;
            for (int i = 0; i < exteriors.size(); i++) {
                if ((owner < 0 || areas[i] < areas[owner]) && exteriors.get(i).encloses(probe[0], probe[1])) {
                    owner = i;
                }
            }
            if (owner < 0) {
                throw new IllegalStateException("a hole lies outside every exterior");
            }
            holesOf.get(owner).add(holes.get(h));
        }
        List<Polygon> polygons = new ArrayList<>(exteriors.size());
        for (int i = 0; i < exteriors.size(); i++) {
            polygons.add(new Polygon(exteriors.get(i), holesOf.get(i)));
        }
        return List.copyOf(polygons);
    }
}
