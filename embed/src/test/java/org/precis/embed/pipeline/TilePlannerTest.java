package org.precis.embed.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.precis.imaging.tissue.TissueDetection;
import org.precis.imaging.tissue.TissueDetector;
import org.precis.slide.Slide;
import org.precis.slide.SlideException;
import org.precis.slide.Slides;
import org.precis.testing.SampleData;

class TilePlannerTest {

    private static final TileSpec SPEC = new TileSpec(224, 0.5, 0.5);

    @Test
    void readsAtTheSlidesOwnPixelSizeWhenNoneIsGiven() throws Exception {
        try (Slides slides = Slides.withDefaults();
                Slide slide = slides.open(PipelineFixtures.SLIDE)) {
            TilePlan plan = new TilePlanner(new TissueDetector(TissueDetection.defaults())).plan(slide, SPEC);

            assertThat(plan.grid().slideMpp())
                    .isCloseTo(slide.pixelSize().orElseThrow().mpp(), within(1e-12));
        }
    }

    @Test
    void aGivenPixelSizeWinsOverTheOneTheSlideStates() throws Exception {
        try (Slides slides = Slides.withDefaults();
                Slide slide = slides.open(PipelineFixtures.SLIDE)) {
            TilePlanner planner = new TilePlanner(new TissueDetector(TissueDetection.defaults()), Optional.of(0.25));
            TilePlan given = planner.plan(slide, SPEC);
            TilePlan stated = new TilePlanner(new TissueDetector(TissueDetection.defaults())).plan(slide, SPEC);

            assertThat(slide.pixelSize().orElseThrow().mpp()).isNotCloseTo(0.25, within(0.1));
            assertThat(given.grid().slideMpp()).isEqualTo(0.25);
            // half the µm per pixel: each 0.5 µm/px tile spans twice the level-0 pixels, so fewer fit
            assertThat(given.grid().columns()).isLessThan(stated.grid().columns());
        }
    }

    @Test
    void aSlideThatStatesNoPixelSizeNeedsOneGivenAsAnInputFailure() throws Exception {
        try (Slides slides = Slides.withDefaults();
                Slide slide = slides.open(SampleData.path("samples/wsi/tcga-cr-7395-01a-01-ts1.svs"))) {
            assertThat(slide.pixelSize()).isEmpty();
            TilePlanner planner = new TilePlanner(new TissueDetector(TissueDetection.defaults()));
            assertThatThrownBy(() -> planner.plan(slide, SPEC))
                    .isInstanceOf(SlideException.class)
                    .hasMessageContaining("does not state its pixel size; give its level-0 µm/px");
        }
    }
}
