package org.precis.federation.algorithm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which block of a per-site secure sum is whose, and when a sum is not the answering sites' blocks. */
class SiteBlocksTest {
    private final SiteBlocks blocks = new SiteBlocks(List.of("a", "b", "c"), 4);

    @Test
    void eachSiteHasItsBlockInTheStudysOrder() {
        assertThat(blocks.length()).isEqualTo(12);
        assertThat(blocks.start("a")).isZero();
        assertThat(blocks.start("c")).isEqualTo(8);
        assertThat(blocks.start(1)).isEqualTo(4);
        assertThatThrownBy(() -> blocks.start("d"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("this site (d) is not among the study's sites [a, b, c]");
        assertThatThrownBy(() -> new SiteBlocks(List.of(), 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSumFitsWhenEverySilentSitesBlockIsZero() {
        double[] sum = new double[12];
        sum[0] = 3;
        sum[11] = -2;
        assertThat(blocks.mismatch(sum, List.of("a", "c"))).isEmpty();
        sum[5] = 1e-300;
        assertThat(blocks.mismatch(sum, List.of("a", "c"))).contains("b did not answer, yet its block holds figures");
        assertThat(blocks.mismatch(sum, List.of("a", "b", "c"))).isEmpty();
    }

    @Test
    void aSumOfAnotherLengthOrFromAStrangerDoesNotFit() {
        assertThat(blocks.mismatch(new double[8], List.of("a", "b")))
                .contains("the sum has 8 values, the round asked for 12");
        assertThat(blocks.mismatch(new double[12], List.of("a", "x")))
                .contains("sites [x] answered but are not among the study's [a, b, c]");
    }
}
