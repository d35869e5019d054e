package org.precis.casework.library;

import java.nio.file.Path;

/**
 * One slide file under a slide root.
 *
 * @param id the URL-safe id clients use ({@code [A-Za-z0-9._-]+}, unique in the library)
 * @param name the file name, for people
 * @param relativePath the path below its root, as found
 * @param file the file's real path (inside its root)
 */
public record LibrarySlide(String id, String name, Path relativePath, Path file) {}
