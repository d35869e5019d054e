package org.precis.io.file;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileErrorsTest {
    @TempDir
    Path folder;

    @Test
    void aFailedWriteNamesTheTargetNotTheTemporarySibling() throws IOException {
        Path target = folder.resolve("out.bin");
        assertThatThrownBy(() -> AtomicFile.writeFile(target, temporary -> {
                    Files.delete(temporary);
                    throw new NoSuchFileException(temporary.toString());
                }))
                .isInstanceOf(IOException.class)
                .hasMessage("cannot write " + target + ": no such file or folder")
                .hasMessageNotContaining(".part");
        Path folderInTheWay = folder.resolve("taken");
        Files.createDirectories(folderInTheWay.resolve("child"));
        assertThatThrownBy(() ->
                        AtomicFile.writeFile(folderInTheWay, temporary -> Files.write(temporary, new byte[] {1})))
                .isInstanceOf(IOException.class)
                .hasMessage("cannot write " + folderInTheWay + ": Is a directory");
    }
}
