package org.precis.cells.output;

import java.io.IOException;
import java.nio.file.Path;

/** Writes cells to one file format, atomically (the file is whole or absent). */
public interface CellWriter {

    /**
     * Writes {@code cells} to {@code target}, replacing it.
     *
     * @return how many cells were written
     */
    long write(Path target, CellSource cells, CellsProvenance provenance) throws IOException;
}
