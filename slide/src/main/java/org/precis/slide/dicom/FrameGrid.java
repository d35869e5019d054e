package org.precis.slide.dicom;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import org.precis.slide.CorruptSlideException;
import org.precis.slide.SlideException;
import org.precis.slide.SlideLimitException;
import org.precis.slide.UnsupportedSlideException;
import org.precis.slide.spi.ReadLimits;

/**
 * Which frame covers each tile of the total pixel matrix. TILED_FULL stores frames row by row
 * over the grid (further focal planes and optical paths follow; only the first is used);
 * TILED_SPARSE places each frame by its Plane Position (Slide), and tiles no frame covers are
 * white.
 */
final class FrameGrid {

    private static final int MISSING = -1;

    private final long across;
    private final long down;
    /** Frame index of each tile, row by row; null for TILED_FULL, where it is the tile index. */
    private final int[] sparse;

    private FrameGrid(long across, long down, int[] sparse) {
        this.across = across;
        this.down = down;
        this.sparse = sparse;
    }

    static FrameGrid of(WsiInstance instance, ReadLimits limits) throws SlideException {
        long across = ceilDiv(instance.totalColumns(), instance.columns());
        long down = ceilDiv(instance.totalRows(), instance.rows());
        if (across * down > limits.maxArrayEntries()) {
            throw new SlideLimitException(
                    instance.path(), across + "x" + down + " tiles exceed the limit of " + limits.maxArrayEntries());
        }
        if (!instance.sparse()) {
            if (instance.frames() < across * down) {
                throw new CorruptSlideException(
                        instance.path(),
                        "TILED_FULL needs " + across * down + " frames for a " + across + "x" + down
                                + " grid, the file has " + instance.frames());
            }
            return new FrameGrid(across, down, null);
        }
        List<DicomDataset> perFrame = instance.dataset().sequence(DicomTag.PER_FRAME_FUNCTIONAL_GROUPS_SEQUENCE);
        if (perFrame.size() != instance.frames()) {
            throw new CorruptSlideException(
                    instance.path(),
                    "TILED_SPARSE with " + instance.frames() + " frames has " + perFrame.size()
                            + " per-frame functional group items");
        }
        int[] grid = new int[(int) (across * down)];
        Arrays.fill(grid, MISSING);
        for (int frame = 0; frame < perFrame.size(); frame++) {
            DicomDataset position = perFrame.get(frame)
                    .firstItem(DicomTag.PLANE_POSITION_SLIDE_SEQUENCE)
                    .orElseThrow(unplaced(instance, frame));
            OptionalLong column = position.integer(DicomTag.COLUMN_POSITION_IN_TOTAL_IMAGE_PIXEL_MATRIX);
            OptionalLong row = position.integer(DicomTag.ROW_POSITION_IN_TOTAL_IMAGE_PIXEL_MATRIX);
            if (column.isEmpty() || row.isEmpty()) {
                throw unplaced(instance, frame).get();
            }
            // positions are 1-based
            long x = column.getAsLong() - 1;
            long y = row.getAsLong() - 1;
            if (x % instance.columns() != 0 || y % instance.rows() != 0) {
                throw new UnsupportedSlideException(
                        instance.path(),
                        "frame " + (frame + 1) + " at (" + x + ", " + y + ") is not aligned to the "
                                + instance.columns() + "x" + instance.rows() + " tile grid");
            }
            long tileX = x / instance.columns();
            long tileY = y / instance.rows();
            if (x < 0 || y < 0 || tileX >= across || tileY >= down) {
                throw new CorruptSlideException(
                        instance.path(),
                        "frame " + (frame + 1) + " at (" + x + ", " + y + ") lies outside the total pixel matrix");
            }
            int cell = (int) (tileY * across + tileX);
            if (grid[cell] == MISSING) {
                grid[cell] = frame; // later focal planes or optical paths at the same place are not used
            }
        }
        return new FrameGrid(across, down, grid);
    }

    private static java.util.function.Supplier<CorruptSlideException> unplaced(WsiInstance instance, int frame) {
        return () -> new CorruptSlideException(
                instance.path(), "TILED_SPARSE frame " + (frame + 1) + " has no Plane Position (Slide)");
    }

    /** The frame at a tile, or -1 when none covers it. */
    int frameAt(long column, long row) {
        if (column < 0 || row < 0 || column >= across || row >= down) {
            return MISSING;
        }
        int cell = (int) (row * across + column);
        return sparse == null ? cell : sparse[cell];
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
