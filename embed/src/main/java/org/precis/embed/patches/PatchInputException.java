package org.precis.embed.patches;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An input of a patch workflow (labels file, patch image, patch set, model) is missing or wrong;
 * the message names the file, or the source of bytes that came from no file (a model in the
 * registry), and says what is wrong, on one line.
 */
public final class PatchInputException extends IOException {

    private final String source;

    public PatchInputException(Path file, String problem) {
        this(file.toString(), problem);
    }

    public PatchInputException(Path file, String problem, Throwable cause) {
        this(file.toString(), problem, cause);
    }

    public PatchInputException(String source, String problem) {
        this(source, problem, null);
    }

    public PatchInputException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
        this.source = source;
    }

    /** The file or other source the message names. */
    public String source() {
        return source;
    }
}
