package org.precis.casework.library;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The slide files under the configured roots. A client names a slide only by its id; the file
 * behind an id was found by walking a root, so no client-supplied path ({@code ..}, an absolute
 * path, an encoded slash) ever reaches the file system. Symbolic links are followed only where
 * their target lies inside the same root.
 */
public final class SlideLibrary {
    /** File name endings of the formats the slide engine reads. */
    private static final List<String> SLIDE_ENDINGS =
            List.of(".svs", ".tif", ".tiff", ".ndpi", ".dcm", ".scn", ".bif", ".mrxs", ".vms", ".svslide");

    private static final int MAX_DEPTH = 8;

    private final List<Path> roots;
    private final Map<String, LibrarySlide> byId;

    private SlideLibrary(List<Path> roots, Map<String, LibrarySlide> byId) {
        this.roots = roots;
        this.byId = byId;
    }

    /** Walks each root (sub-folders included) for slide files; a missing root is refused. */
    public static SlideLibrary scan(List<Path> roots) throws IOException {
        List<Path> realRoots = new ArrayList<>();
        Map<String, LibrarySlide> byId = new LinkedHashMap<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                throw new IOException(root + ": slide root is not a folder");
            }
            Path real = root.toRealPath();
            realRoots.add(real);
            for (Path file : slideFiles(real)) {
                Path relative = real.relativize(file);
                String id = uniqueId(byId.keySet(), relative);
                byId.put(id, new LibrarySlide(id, file.getFileName().toString(), relative, file.toRealPath()));
            }
        }
        return new SlideLibrary(List.copyOf(realRoots), Collections.unmodifiableMap(byId));
    }

    public List<Path> roots() {
        return roots;
    }

    public List<LibrarySlide> slides() {
        return List.copyOf(byId.values());
    }

    /** The slide with this id; anything else (a path, an unknown name) is empty. */
    public Optional<LibrarySlide> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    private static List<Path> slideFiles(Path root) throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), MAX_DEPTH, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return insideRoot(root, dir) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile() && looksLikeSlide(file) && insideRoot(root, file)) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // a loop or an unreadable entry: not a slide to show
            }
        });
        Collections.sort(found);
        return found;
    }

    private static boolean looksLikeSlide(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return SLIDE_ENDINGS.stream().anyMatch(name::endsWith);
    }

    private static boolean insideRoot(Path root, Path path) {
        try {
            return path.toRealPath().startsWith(root);
        } catch (IOException e) {
            return false;
        }
    }

    /** The relative path with separators and unsafe characters replaced, made unique. */
    private static String uniqueId(Set<String> taken, Path relative) {
        String base = relative.toString().replace('\\', '/').replace('/', '~').replaceAll("[^A-Za-z0-9._~-]", "_");
        base = base.replace('~', '-');
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
