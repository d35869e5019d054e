package org.precis.table;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A fault in the data of an input file (a table's cell that is not a number, a record of the wrong
 * width, a value out of range; a saved model that is not one), on one line naming the file and the
 * line, header = line 1: {@code lung.csv: line 8: ...}. An {@link IllegalArgumentException}, so code that validates values keeps one catch; the
 * command line tells it from a usage error by its type.
 */
public final class InputDataException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final String problem;

    /**
     * @param file the table's file, or null for a table that was never a file
     * @param line the 1-based line in the file (header = 1), or 0 when the fault is not in one line
     * @param problem what is wrong
     */
    public InputDataException(Path file, int line, String problem) {
        super(message(file, line, problem));
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    private static String message(Path file, int line, String problem) {
        String where = line > 0 ? "line " + line : "";
        if (file != null) {
            where = where.isEmpty() ? file.toString() : file + ": " + where;
        }
        return where.isEmpty() ? problem : where + ": " + problem;
    }

    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    public OptionalInt line() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }

    /** The fault without the file and line. */
    public String problem() {
        return problem;
    }
}
