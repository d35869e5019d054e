package org.precis.embed.patches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelledPatchesTest {

    @TempDir
    Path folder;

    @Test
    void readsTheLc25000LabelsFile() throws IOException {
        Path labels = PatchFixtures.lc25000().resolve("labels.csv");
        LabelledPatches patches = LabelledPatches.read(PatchFixtures.lc25000(), labels);
        assertThat(patches.size()).isEqualTo(555);
        assertThat(patches.classNames()).containsExactly("lung_aca", "lung_n", "lung_scc");
        assertThat(patches.fileNames().get(0)).isEqualTo("lung_aca/lungaca1.jpeg");
        assertThat(patches.classIndex(0)).isZero();
    }

    @Test
    void aListedFileThatDoesNotExistIsNamed() throws IOException {
        Path labels = PatchFixtures.copy(folder, 1);
        Files.writeString(labels, "lung_aca/missing.jpeg,lung_aca\n", java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> LabelledPatches.read(folder, labels)).isInstanceOf(PatchInputException.class)
                .hasMessageContaining(labels.toString()).hasMessageContaining("line 5")
                .hasMessageContaining("missing.jpeg").hasMessageNotContaining("\n");
    }

    @Test
    void refusesPathsOutsideTheFolderAndMissingHeaders() throws IOException {
        Path labels = folder.resolve("labels.csv");
        Files.write(labels, List.of("path,label", "../secret.jpeg,lung_n"));
        assertThatThrownBy(() -> LabelledPatches.read(folder, labels)).hasMessageContaining("outside the patch folder");
        Files.write(labels, List.of("just one column"));
        assertThatThrownBy(() -> LabelledPatches.read(folder, labels)).hasMessageContaining("header");
        Files.write(labels, List.of("path,label"));
        assertThatThrownBy(() -> LabelledPatches.read(folder, labels)).hasMessageContaining("lists no patches");
    }
}
