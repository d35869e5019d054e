package org.precis.cells.output;

import java.io.IOException;
import java.util.List;

/**
 * The cells to write, handed over one at a time in the order they are to be numbered, so that a
 * writer need not hold a whole slide's cells (a run's journal is read back tile by tile).
 */
@FunctionalInterface
public interface CellSource {

    /** What takes the cells. */
    @FunctionalInterface
    interface Sink {
        void accept(Cell cell) throws IOException;
    }

    /** Hands every cell to {@code sink}, in order; may be called more than once. */
    void forEach(Sink sink) throws IOException;

    /** The cells of a list. */
    static CellSource of(List<Cell> cells) {
        List<Cell> copy = List.copyOf(cells);
        return sink -> {
            for (Cell cell : copy) {
                sink.accept(cell);
            }
        };
    }
}
