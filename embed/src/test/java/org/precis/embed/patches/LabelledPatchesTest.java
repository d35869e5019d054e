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
        assertThatThrownBy(() -> LabelledPatches.read(folder, labels))
                .isInstanceOf(PatchInputException.class)
                .hasMessageContaining(labels.toString())
                .hasMessageContaining("line 5")
                .hasMessageContaining("missing.jpeg")
                .hasMessageNotContaining("\n");
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

    @Test
    void readsLabelsExportedWithABomWindows1252AndSemicolons() throws IOException {
        Path images = folder.resolve("images");
        Files.createDirectories(images);
        Files.write(images.resolve("Malmö 1.png"), new byte[] {1});
        Path labels = folder.resolve("labels.csv");
        byte[] text = "path;label\nMalmö 1.png;lung_n\n".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        Files.write(labels, text);
        LabelledPatches patches = LabelledPatches.read(images, labels);
        assertThat(patches.fileNames()).containsExactly("Malmö 1.png");
        assertThat(patches.classNames()).containsExactly("lung_n");
        byte[] bom = "\ufeffpath,label\nMalmö 1.png,lung_aca\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(labels, bom);
        assertThat(LabelledPatches.read(images, labels).classNames()).containsExactly("lung_aca");
        Files.writeString(labels, "path,label\n\nMalmö 1.png\n");
        assertThatThrownBy(() -> LabelledPatches.read(images, labels))
                .isInstanceOf(PatchInputException.class)
                .hasMessage(labels + ": line 3: expected a path and a label");
    }
}
