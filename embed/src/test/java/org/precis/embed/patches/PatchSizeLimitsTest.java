package org.precis.embed.patches;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Patch images half to four times the encoder's input side, at each of the recipe's crops. */
class PatchSizeLimitsTest {

    private static final Path FILE = Path.of("patch.png");
    private final PatchSizeLimits limits = PatchSizeLimits.DEFAULT;

    @Test
    void acceptsTheLc25000SizesAtTheirCrops() {
        assertThatCode(() -> limits.check(FILE, 224, 224, List.of(1.0, 0.5), 224, 224))
                .doesNotThrowAnyException();
        assertThatCode(() -> limits.check(FILE, 768, 768, List.of(1.0, 0.5), 224, 224))
                .doesNotThrowAnyException();
        assertThatCode(() -> limits.check(FILE, 112, 112, List.of(1.0), 224, 224))
                .doesNotThrowAnyException();
        assertThatCode(() -> limits.check(FILE, 896, 896, List.of(1.0), 224, 224))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesAPixelAndAThumbnailNamingTheFileAndTheSizesAccepted() {
        assertThatThrownBy(() -> limits.check(FILE, 1, 1, List.of(1.0), 224, 224))
                .isInstanceOf(PatchInputException.class)
                .hasMessageContaining("patch.png")
                .hasMessageContaining("1x1 px is too small")
                .hasMessageContaining("from 112x112 to 896x896 px");
        assertThatThrownBy(() -> limits.check(FILE, 897, 600, List.of(1.0), 224, 224))
                .isInstanceOf(PatchInputException.class)
                .hasMessageContaining("too large");
        // Half the side of a 200 px patch is 100 px: below half the input.
        assertThatThrownBy(() -> limits.check(FILE, 200, 200, List.of(1.0, 0.5), 224, 224))
                .isInstanceOf(PatchInputException.class)
                .hasMessageContaining("from 224x224 to 896x896 px");
        // One side is enough.
        assertThatThrownBy(() -> limits.check(FILE, 224, 50, List.of(1.0), 224, 224))
                .isInstanceOf(PatchInputException.class)
                .hasMessageContaining("too small");
    }

    @Test
    void limitsAreAFractionAndAMultiple() {
        assertThatThrownBy(() -> new PatchSizeLimits(0, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PatchSizeLimits(0.5, 0.9)).isInstanceOf(IllegalArgumentException.class);
    }
}
