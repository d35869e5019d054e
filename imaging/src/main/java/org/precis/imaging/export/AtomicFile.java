package org.precis.imaging.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file through a temporary sibling that is renamed over the target once complete. */
public final class AtomicFile {

    /** What writes the content. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /** What writes the content to a file it is given, for libraries that write to a path (HDF5). */
    public interface FileContent {
        void writeTo(Path file) throws IOException;
    }

    public static void write(Path target, Content content) throws IOException {
        writeFile(target, file -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                content.writeTo(out);
            }
        });
    }

    /** Has {@code content} write a temporary sibling of {@code target}, then renames it over the target. */
    public static void writeFile(Path target, FileContent content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temporary;
        try {
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".part");
        } catch (AccessDeniedException e) {
            throw new IOException("cannot write " + target + ": permission denied", e);
        } catch (FileSystemException e) {
            throw new IOException("cannot write " + target + ": " + (e.getReason() == null ? e.getClass().getSimpleName()
                    : e.getReason()), e);
        }
        try {
            content.writeTo(temporary);
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // the temporary sibling is ours, not the user's: a message names the file they asked for
            if (e instanceof FileSystemException || String.valueOf(e.getMessage()).contains(temporary.toString())) {
                throw new IOException("cannot write " + target + ": " + reason(e).replace(temporary.toString(),
                        target.toString()), e);
            }
            throw e;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static String reason(IOException e) {
        if (e instanceof FileSystemException problem && problem.getReason() != null) {
            return problem.getReason();
        }
        if (e instanceof java.nio.file.DirectoryNotEmptyException) {
            return "a folder of that name is in the way";
        }
        return e.getMessage() == null ? "write failed" : e.getMessage().lines().findFirst().orElse("write failed");
    }
}
