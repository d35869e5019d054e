package org.precis.embed.patches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.precis.imaging.stain.ChannelStatistics;
import org.precis.imaging.stain.LabStatistics;

class PatchRecipesTest {

    private static final String SHA = "ab".repeat(32);
    private static final LabStatistics TARGET = new LabStatistics(
            new ChannelStatistics(61.2, 14.1), new ChannelStatistics(22.5, 6.3), new ChannelStatistics(-11.0, 5.2));

    private final PatchRecipes recipes = new PatchRecipes();

    @Test
    void oneStainIsWrittenAsANameSeveralAsAnArray() {
        PatchRecipe single = new PatchRecipe(
                "mobilenet_v2", SHA, ViewSet.DIHEDRAL8, List.of(1.0), StainNormalisation.NONE, Optional.empty());
        PatchRecipe several = new PatchRecipe(
                "mobilenet_v2",
                SHA,
                ViewSet.DIHEDRAL8,
                List.of(1.0),
                List.of(StainNormalisation.NONE, StainNormalisation.REINHARD),
                Optional.of(TARGET));
        assertThat(recipes.toJson(single).get("stain").asText()).isEqualTo("none");
        assertThat(recipes.toJson(several).get("stain").toString()).isEqualTo("[\"none\",\"reinhard\"]");
        assertThat(recipes.fromText(recipes.toText(single), "a")).isEqualTo(single);
        assertThat(recipes.fromText(recipes.toText(several), "b")).isEqualTo(several);
        assertThat(single.viewCount()).isEqualTo(8);
        assertThat(several.viewCount()).isEqualTo(16);
    }

    @Test
    void badStainsAreNamed() {
        String base = "{\"encoder\":\"mobilenet_v2\",\"encoder_sha256\":\"" + SHA
                + "\",\"views\":\"identity\",\"scales\":[1.0],\"stain\":";
        assertThatThrownBy(() -> recipes.fromText(base + "[\"none\",\"purple\"]}", "model.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("model.json")
                .hasMessageContaining("'purple'");
        assertThatThrownBy(() -> recipes.fromText(base + "[]}", "model.json")).hasMessageContaining("'stain' must be");
        assertThatThrownBy(() -> recipes.fromText(base + "[\"none\",\"none\"]}", "model.json"))
                .hasMessageContaining("named twice");
        assertThatThrownBy(() -> recipes.fromText(base + "[\"reinhard\"]}", "model.json"))
                .hasMessageContaining("Reinhard target");
    }
}
