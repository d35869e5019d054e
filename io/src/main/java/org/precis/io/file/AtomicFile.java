package org.precis.io.file;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file through a temporary sibling ({@code .NAME.RANDOM.part} in the same folder) that is
 * renamed over the target once complete, so the target is either the old file or the whole new one.
 *
 * <p>The temporary file is made with {@link Files#createFile} and no permission attributes, so the
 * finished file gets what the umask gives any new file (0644 under the usual 022) and colleagues
 * can read it; {@link Files#createTempFile} would make it 0600 whatever the umask. Only
 * {@link FileAccess#OWNER_ONLY} (private keys) asks for 0600, before any byte is written.
 */
public final class AtomicFile {

    /** What writes the content. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** What writes the content to a file it is given, for libraries that write to a path (HDF5). */
    public interface FileContent {
        void writeTo(Path file) throws IOException;
    }

    private static final int MAX_NAME_TRIES = 100;

    private AtomicFile() {}

    /** Writes {@code text} as UTF-8. */
    public static void writeString(Path target, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        write(target, out -> out.write(bytes));
    }

    /** Has {@code content} write the bytes of {@code target}, readable as the umask allows. */
    public static void write(Path target, Content content) throws IOException {
        write(target, FileAccess.UMASK, content);
    }

    /** Has {@code content} write the bytes of {@code target} with the given access. */
    public static void write(Path target, FileAccess access, Content content) throws IOException {
        writeFile(target, access, file -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                content.writeTo(out);
            }
        });
    }

    /** Has {@code content} write a temporary sibling of {@code target}, then renames it over the target. */
    public static void writeFile(Path target, FileContent content) throws IOException {
        writeFile(target, FileAccess.UMASK, content);
    }

    /** As {@link #writeFile(Path, FileContent)}, with the given access. */
    public static void writeFile(Path target, FileAccess access, FileContent content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temporary;
        try {
            Files.createDirectories(absolute.getParent());
            temporary = createSibling(absolute, access);
        } catch (FileSystemException e) {
            throw cannotWrite(target, e);
        }
        try {
            content.writeTo(temporary);
            move(temporary, absolute);
        } catch (FileSystemException e) {
            throw cannotWrite(target, e);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static Path createSibling(Path target, FileAccess access) throws IOException {
        FileAttribute<?>[] attributes = access == FileAccess.OWNER_ONLY
                ? new FileAttribute<?>[] {
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
                }
                : new FileAttribute<?>[0];
        for (int attempt = 0; ; attempt++) {
            String unique = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
            Path temporary = target.resolveSibling("." + target.getFileName() + "." + unique + ".part");
            try {
                return Files.createFile(temporary, attributes);
            } catch (FileAlreadyExistsException e) {
                if (attempt == MAX_NAME_TRIES) {
                    throw e;
                }
            }
        }
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** One line naming the file the user asked for, not the temporary sibling. */
    private static IOException cannotWrite(Path target, FileSystemException e) {
        String reason = e instanceof AccessDeniedException
                ? "permission denied"
                : e.getReason() != null
                        ? e.getReason()
                        : e instanceof NoSuchFileException
                                ? "no such file or folder"
                                : e instanceof FileAlreadyExistsException
                                        ? "a file of that name already exists"
                                        : "the file system refused it";
        return new IOException("cannot write " + target + ": " + reason, e);
    }
}
