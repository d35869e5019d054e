package org.precis.report.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.precis.imaging.heatmap.Colormap;
import org.precis.imaging.heatmap.LegendEntry;
import org.precis.slide.RgbImage;

class FigureTest {

    @Test
    void scaleBarIsARoundLengthNearAFifthOfTheImage() {
        ScaleBar bar = ScaleBar.fitting(1000, 2.0);
        assertThat(bar.lengthUm()).isEqualTo(200);
        assertThat(bar.lengthPx()).isEqualTo(100);
        assertThat(bar.label()).isEqualTo("200 µm");
        assertThat(ScaleBar.fitting(1024, 16).label()).isEqualTo("2 mm");
        assertThat(ScaleBar.fitting(1024, 30).label()).isEqualTo("5 mm");
    }

    @Test
    void captionWrapsToItsWidth() {
        Caption caption = Caption.of("word ".repeat(200).strip(), "second paragraph");
        assertThat(caption.height(400)).isGreaterThan(caption.height(2000));
        assertThat(Caption.of("short").height(400)).isEqualTo(16);
    }

    @Test
    void annotatedImageIsAtLeastWideEnoughForItsKey() {
        RgbImage image = RgbImage.filled(300, 200, 200, 200, 200);
        AnnotatedImage swatches = AnnotatedImage.withSwatches(
                image,
                Optional.of(ScaleBar.fitting(300, 1)),
                List.of(new LegendEntry("a", 0xff0000), new LegendEntry("b", 0x00ff00)),
                Caption.of("what it is"));
        assertThat(swatches.width()).isEqualTo(720);
        assertThat(swatches.toImage().getHeight()).isEqualTo(swatches.height()).isGreaterThan(200 + 24 + 16);
        AnnotatedImage bar = AnnotatedImage.withColourBar(
                RgbImage.filled(1024, 700, 0, 0, 0),
                Optional.empty(),
                new ColourBar(Colormap.VIRIDIS, "P(x)"),
                Caption.of("what it is"));
        assertThat(bar.width()).isEqualTo(1024);
        assertThat(bar.colourBar()).isPresent();
    }
}
