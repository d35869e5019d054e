package org.precis.molecular.pam50;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.precis.testing.SampleData;

class Pam50CentroidsTest {

    @Test
    void shipsGenefusCentroidsByteForByte() throws IOException {
        byte[] shared = Files.readAllBytes(SampleData.path("samples/expression/genefu_pam50_centroids.csv"));
        try (InputStream in = Pam50Centroids.class.getResourceAsStream(Pam50Centroids.RESOURCE)) {
            assertThat(in.readAllBytes()).isEqualTo(shared);
        }
    }

    @Test
    void readsFiftyGenesByEntrezIdWithTheirFiveCentroidValues() {
        Pam50Centroids centroids = Pam50Centroids.genefu();
        assertThat(centroids.geneCount()).isEqualTo(50);
        assertThat(centroids.genes().get(0)).isEqualTo("ACTR3B");
        assertThat(centroids.entrezGeneIds().get(0)).isEqualTo("57180");
        assertThat(centroids.value(0, Pam50Subtype.BASAL)).isEqualTo(0.718331891);
        assertThat(centroids.value(0, Pam50Subtype.NORMAL)).isEqualTo(0.465722871);
        assertThat(centroids.entrezGeneIds()).doesNotHaveDuplicates();
    }
}
