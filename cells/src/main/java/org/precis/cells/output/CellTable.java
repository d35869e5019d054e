package org.precis.cells.output;

import java.util.List;
import java.util.Objects;

/**
 * Cells read back from a file with where they came from.
 *
 * @param cells the cells, in the file's order
 * @param provenance what made them
 */
public record CellTable(List<Cell> cells, CellsProvenance provenance) {

    public CellTable {
        cells = List.copyOf(cells);
        Objects.requireNonNull(provenance, "provenance");
    }
}
