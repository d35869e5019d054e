package org.precis.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ITypeConverter;

/**
 * A path argument as the user typed it. A file name that is not valid in the platform's encoding
 * (Latin-1 bytes under a UTF-8 locale, as old Windows shares and USB sticks write them) reaches
 * Java with U+FFFD in place of each bad byte, and a path made from that text names another file.
 * Such a name is matched against the folder's entries, which keep their bytes: when exactly one
 * entry reads the same, that entry is the file.
 */
final class PathArgument implements ITypeConverter<Path> {

    private static final char REPLACEMENT = '\uFFFD';

    @Override
    public Path convert(String value) {
        Path path = Path.of(value);
        if (value.indexOf(REPLACEMENT) < 0 || Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return path;
        }
        Path folder = path.toAbsolutePath().getParent();
        Path name = path.getFileName();
        if (folder == null || name == null || !Files.isDirectory(folder)) {
            return path;
        }
        List<Path> matches = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                if (entry.getFileName().toString().equals(name.toString())) {
                    matches.add(entry);
                }
            }
        } catch (IOException e) {
            return path;
        }
        if (matches.size() != 1) {
            return path;
        }
        Path parent = path.getParent();
        return parent == null
                ? matches.get(0).getFileName()
                : parent.resolve(matches.get(0).getFileName());
    }
}
