package org.precis.cells.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.cells.nuclei.CellClass;
import org.precis.testing.SampleData;

class AnnotatedImagesTest {

    @TempDir
    Path folder;

    @Test
    void readsTheDevelopmentSetWithTheCountsItsReadmeStates() throws Exception {
        List<AnnotatedImage> images = AnnotatedImages.read(SampleData.path("samples/cells/brecahad"));
        assertThat(images).hasSize(12);
        assertThat(images.stream().map(AnnotatedImage::caseId).distinct()).containsExactly("Case_12");
        long[] counts = new long[4];
        int tubules = 0;
        int nonTubules = 0;
        for (AnnotatedImage image : images) {
            image.cells().forEach(c -> counts[c.cellClass().ordinal()]++);
            tubules += image.tubules().size();
            nonTubules += image.nonTubules().size();
        }
        assertThat(counts[CellClass.TUMOR.ordinal()]).isEqualTo(1402);
        assertThat(counts[CellClass.NON_TUMOR.ordinal()]).isEqualTo(184);
        assertThat(counts[CellClass.MITOSIS.ordinal()]).isEqualTo(47);
        assertThat(counts[CellClass.APOPTOSIS.ordinal()]).isEqualTo(50);
        assertThat(tubules).isEqualTo(1);
        assertThat(nonTubules).isEqualTo(15);
    }

    @Test
    void badFilesGiveOneLineNamingTheFileAndLine() throws Exception {
        assertThatThrownBy(() -> AnnotatedImages.read(folder)).hasMessageContaining("cases.csv");
        Files.createDirectories(folder.resolve("images"));
        Files.createDirectories(folder.resolve("annotations"));
        Files.writeString(folder.resolve("cases.csv"), "image,case\nA,C1\n");
        Files.write(folder.resolve("images/A.jpg"), new byte[] {1, 2, 3});
        Files.writeString(folder.resolve("annotations/A.csv"), "x,y,class\n1,2,tumor\n3,4,dragon\n");
        assertThatThrownBy(() -> AnnotatedImages.read(folder))
                .hasMessageContaining("A.csv: point 2")
                .hasMessageContaining("dragon");
        Files.writeString(folder.resolve("annotations/A.csv"), "x,y,class\n1,2,tumor\n3,oops,tumor\n");
        assertThatThrownBy(() -> AnnotatedImages.read(folder)).hasMessageContaining("A.csv: line 3");
        Path nuclei = folder.resolve("n.csv");
        Files.writeString(nuclei, "x,y,area_um2\n1,2,30\n3,oops,4\n");
        assertThatThrownBy(() -> NucleusPoints.read(nuclei)).hasMessageContaining("n.csv: line 3");
        Files.writeString(nuclei, "a,b\n1,2\n");
        assertThatThrownBy(() -> NucleusPoints.read(nuclei)).hasMessageContaining("x and y");
        assertThatThrownBy(() -> PlainImages.read(folder.resolve("images/A.jpg")))
                .hasMessageStartingWith(folder.resolve("images/A.jpg").toString());
    }
}
