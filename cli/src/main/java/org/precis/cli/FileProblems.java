package org.precis.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/** A file-system failure in words, naming the file, without Java's exception class names. */
final class FileProblems {

    private FileProblems() {}

    static String describe(FileSystemException problem) {
        String file = problem.getFile();
        String what;
        if (problem instanceof NoSuchFileException) {
            what = file != null && isLinkLoop(Path.of(file)) ? "symbolic link loop" : "no such file";
        } else if (problem instanceof FileSystemLoopException) {
            what = "symbolic link loop";
        } else if (problem instanceof AccessDeniedException) {
            what = "permission denied";
        } else if (problem instanceof NotDirectoryException) {
            what = "not a folder";
        } else if (problem instanceof FileAlreadyExistsException) {
            what = "already exists";
        } else {
            what = problem.getReason() != null ? problem.getReason() : "cannot be read";
        }
        if (problem.getReason() != null && problem.getReason().contains("Too many levels of symbolic links")) {
            what = "symbolic link loop";
        }
        return (file == null ? "" : file + ": ") + what;
    }

    /** A path that exists as a link but cannot be followed: a chain of links that loops. */
    private static boolean isLinkLoop(Path path) {
        try {
            return Files.isSymbolicLink(path) && !Files.exists(path) && loops(path);
        } catch (SecurityException e) {
            return false;
        }
    }

    private static boolean loops(Path link) {
        Path at = link;
        for (int hops = 0; hops < 40; hops++) {
            if (!Files.isSymbolicLink(at)) {
                return false;
            }
            try {
                at = at.resolveSibling(Files.readSymbolicLink(at));
            } catch (java.io.IOException e) {
                return false;
            }
        }
        return true;
    }
}
