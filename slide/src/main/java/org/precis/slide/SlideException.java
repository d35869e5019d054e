package org.precis.slide;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A slide could not be opened or read. The message names the file and, when one tile is at
 * fault, the level and tile, so that one line says everything.
 */
public class SlideException extends Exception {

    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final transient TileLocation tile;
    private final String problem;

    public SlideException(Path file, TileLocation tile, String problem, Throwable cause) {
        super(describe(file, tile, problem), cause);
        this.file = file;
        this.tile = tile;
        this.problem = problem;
    }

    public SlideException(Path file, String problem) {
        this(file, null, problem, null);
    }

    public Path file() {
        return file;
    }

    public Optional<TileLocation> tile() {
        return Optional.ofNullable(tile);
    }

    /**
     * The message with the file named by its name alone, not its folders: for a user of a server,
     * who must not learn where the server keeps its slides.
     */
    public String messageNamingFile() {
        return describe(file == null ? null : file.getFileName(), tile, problem);
    }

    private static String describe(Path file, TileLocation tile, String problem) {
        StringBuilder message = new StringBuilder();
        message.append(file == null ? "(no file)" : file.toString());
        if (tile != null) {
            message.append(": ").append(tile);
        }
        return message.append(": ").append(problem).toString();
    }
}
