package org.precis.io.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSha256Test {

    @Test
    void hashesAsSha256sumPrints(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("abc.txt"), "abc");

        // FIPS 180-2's example "abc"
        assertThat(FileSha256.of(file)).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void recordedHashIsKeptInLowerCase() {
        String upper = "BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD";

        assertThat(Sha256Hex.require("slide", upper)).isEqualTo(upper.toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void somethingElseIsRefusedNamingWhatItIs() {
        assertThatThrownBy(() -> Sha256Hex.require("model", "abc"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("model SHA-256 must be 64 hex digits: abc");
        assertThatThrownBy(() -> Sha256Hex.require("data", null)).hasMessageStartingWith("data SHA-256");
    }
}
