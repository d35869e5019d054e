package org.precis.slide.openslide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.slide.PixelSize;
import org.precis.slide.RgbImage;
import org.precis.slide.SampleData;
import org.precis.slide.Slide;
import org.precis.slide.Slides;
import org.precis.slide.UnsupportedSlideException;
import org.precis.slide.spi.SlideFormat;
import org.precis.slide.spi.SlideProbe;

/** How the OpenSlide format scores files, and what an OpenSlide-backed slide says about itself. */
class OpenSlideFormatTest {

    @BeforeEach
    void needsOpenSlide() {
        OpenSlideInstalled.require();
    }

    @Test
    void scoresZeroForAFileThatIsNoSlide(@TempDir Path folder) throws Exception {
        Path text = Files.writeString(folder.resolve("notes.txt"), "not a slide\n".repeat(100));
        assertThat(new OpenSlideFormat().score(SlideProbe.of(text))).isZero();
    }

    @Test
    void scoresLowWherePrecisHasItsOwnReader() throws Exception {
        OpenSlideFormat format = new OpenSlideFormat();
        assertThat(format.score(SlideProbe.of(SampleData.slide("CMU-1-Small-Region.svs"))))
                .isEqualTo(20);
        assertThat(format.score(SlideProbe.of(SampleData.slide("CMU-1-Small-Region_pyramid_jpeg.tif"))))
                .isEqualTo(20);
    }

    @Test
    void isFoundByServiceLoaderButLosesToPrecisOnAperio() throws Exception {
        assertThat(Slides.installedFormats()).extracting(SlideFormat::name).contains("openslide");
        try (Slides slides = Slides.withDefaults();
                Slide slide = slides.open(SampleData.slide("CMU-1-Small-Region.svs"))) {
            assertThat(slide.backend()).isEqualTo("precis");
        }
    }

    @Test
    void refusesAFileOpenSlideDoesNotRecognise(@TempDir Path folder) throws Exception {
        Path text = Files.writeString(folder.resolve("notes.txt"), "not a slide\n");
        try (Slides slides = Slides.withDefaults()) {
            assertThatThrownBy(() -> slides.open(text, "openslide"))
                    .isInstanceOf(UnsupportedSlideException.class)
                    .hasMessageContaining("notes.txt");
        }
    }

    @Test
    void describesAnAperioSlideLikeOpenSlide() throws Exception {
        try (Slides slides = Slides.withDefaults();
                Slide slide = slides.open(SampleData.slide("CMU-1-Small-Region.svs"), "openslide")) {
            assertThat(slide.backend()).isEqualTo("openslide");
            assertThat(slide.format()).isEqualTo("openslide-aperio");
            assertThat(slide.vendor()).contains("aperio");
            assertThat(slide.pixelSize()).contains(new PixelSize(0.499, 0.499));
            assertThat(slide.objectivePower().getAsDouble()).isCloseTo(20, within(1e-12));
            assertThat(slide.properties())
                    .containsEntry("openslide.vendor", "aperio")
                    .containsKey("aperio.AppMag");
            assertThat(slide.levels().get(0).tileWidth()).isEqualTo(240);
            assertThat(slide.associatedImageNames()).containsExactly("label", "macro", "thumbnail");
            RgbImage thumbnail = slide.associatedImage("thumbnail");
            assertThat(thumbnail.width()).isEqualTo(574);
            assertThat(thumbnail.height()).isEqualTo(768);
        }
    }

    @Test
    void readsWhiteOutsideTheSlideAndClosesTwiceSafely() throws Exception {
        try (Slides slides = Slides.withDefaults()) {
            Slide slide = slides.open(SampleData.slide("CMU-1-Small-Region.svs"), "openslide");
            RgbImage outside = slide.readRegion(org.precis.slide.RegionRequest.atLevel(0, -500, -500, 64, 32));
            assertThat(outside).isEqualTo(RgbImage.filled(64, 32, 255, 255, 255));
            slide.close();
            slide.close();
        }
    }
}
