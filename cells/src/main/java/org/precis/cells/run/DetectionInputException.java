package org.precis.cells.run;

import java.nio.file.Path;

/**
 * A file given to a cell detection run cannot be used as it is (no pixel size, a region outside
 * it, too large, not brightfield, a checkpoint of other settings): one line naming the file and
 * what is wrong.
 */
public final class DetectionInputException extends Exception {

    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final String problem;

    public DetectionInputException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
        this.problem = problem;
    }

    /** What is wrong, without the file's name. */
    public String problem() {
        return problem;
    }

    public Path file() {
        return file;
    }
}
