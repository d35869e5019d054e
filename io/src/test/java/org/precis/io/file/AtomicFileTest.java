package org.precis.io.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path folder;

    @Test
    void writtenFileHasTheModeTheUmaskGivesAPlainNewFile() throws IOException {
        Path plain = Files.createFile(folder.resolve("plain.txt"));
        Path written = folder.resolve("written.txt");

        AtomicFile.writeString(written, "tissue\n");

        // Java cannot set the umask: the plain file shows what it gives (rw-r--r-- under the usual 022),
        // where Files.createTempFile would have given rw------- whatever the umask
        assertThat(Files.getPosixFilePermissions(written)).isEqualTo(Files.getPosixFilePermissions(plain));
        Path temp = Files.createTempFile(folder, "temp", ".txt");
        if (!Files.getPosixFilePermissions(plain).equals(Files.getPosixFilePermissions(temp))) {
            assertThat(Files.getPosixFilePermissions(written)).isNotEqualTo(Files.getPosixFilePermissions(temp));
        }
        assertThat(Files.readString(written)).isEqualTo("tissue\n");
    }

    @Test
    void replacingAFileGivesTheUmaskModeToo() throws IOException {
        Path plain = Files.createFile(folder.resolve("plain.json"));
        Path written = folder.resolve("report.json");
        AtomicFile.writeString(written, "{}");
        AtomicFile.writeString(written, "{\"a\": 1}");

        assertThat(Files.getPosixFilePermissions(written)).isEqualTo(Files.getPosixFilePermissions(plain));
        assertThat(Files.readString(written)).isEqualTo("{\"a\": 1}");
    }

    @Test
    void ownerOnlyFileIsReadableByTheOwnerAlone() throws IOException {
        Path key = folder.resolve("site.key");

        AtomicFile.write(key, FileAccess.OWNER_ONLY, out -> out.write("secret".getBytes(StandardCharsets.US_ASCII)));

        assertThat(Files.getPosixFilePermissions(key))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void failedWriteLeavesTheOldFileAndNoTemporarySibling() throws IOException {
        Path target = folder.resolve("table.csv");
        Files.writeString(target, "old\n");

        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
                    out.write("half".getBytes(StandardCharsets.UTF_8));
                    throw new IOException("disk full");
                }))
                .hasMessage("disk full");

        assertThat(Files.readString(target)).isEqualTo("old\n");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void pathWritingContentGetsATemporarySiblingInTheSameFolder() throws IOException {
        Path target = folder.resolve("sub").resolve("bag.h5");

        AtomicFile.writeFile(target, file -> {
            assertThat(file.getParent()).isEqualTo(target.toAbsolutePath().getParent());
            assertThat(file.getFileName().toString()).startsWith(".bag.h5.").endsWith(".part");
            Files.writeString(file, "hdf");
        });

        assertThat(Files.readString(target)).isEqualTo("hdf");
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void unwritableTargetIsNamedNotTheTemporaryFile() throws IOException {
        Path blocker = Files.writeString(folder.resolve("not-a-folder"), "x");
        Path target = blocker.resolve("out.json");

        assertThatThrownBy(() -> AtomicFile.writeString(target, "{}"))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("cannot write " + target + ": ")
                .hasMessageNotContaining(".part");
    }
}
