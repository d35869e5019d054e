package org.precis.demo.steps;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.Objects;

/**
 * What the files a step writes show: {@code glob} matches their paths relative to the demo's
 * output folder (with {@code /} between folders, e.g. {@code qc/*.mask.png}).
 */
public record OutputDescription(String glob, String shows) {
    public OutputDescription {
        Objects.requireNonNull(glob, "glob");
        Objects.requireNonNull(shows, "shows");
        if (glob.isBlank() || glob.startsWith("/")) {
            throw new IllegalArgumentException("an output glob is relative to the output folder: '" + glob + "'");
        }
    }

    /** Whether {@code relative} (a path relative to the output folder) is one of these files. */
    public boolean matches(Path relative) {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        return matcher.matches(relative);
    }
}
