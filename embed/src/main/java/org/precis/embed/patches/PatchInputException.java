package org.precis.embed.patches;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An input file of a patch workflow (labels file, patch image, patch set) is missing or wrong;
 * the message names the file and says what is wrong, on one line.
 */
public final class PatchInputException extends IOException {

    private final transient Path file;

    public PatchInputException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public PatchInputException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
