package org.precis.report.qc;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.imaging.heatmap.LegendEntry;
import org.precis.imaging.qc.QcSettings;
import org.precis.imaging.qc.QualityControl;
import org.precis.imaging.qc.SlideQuality;
import org.precis.report.figure.AnnotatedImage;
import org.precis.report.figure.PngFile;
import org.precis.slide.RgbImage;
import org.precis.slide.Slide;
import org.precis.slide.Slides;
import org.precis.testing.SampleData;

class QcOverlayTest {

    @TempDir
    Path folder;

    @Test
    void drawsTissuePenAndFocusOnTheThumbnailWithALegend() throws Exception {
        try (Slides slides = Slides.withDefaults();
                Slide slide = slides.open(SampleData.path("samples/wsi/CMU-1-Small-Region.svs"))) {
            double mpp = slide.pixelSize().orElseThrow().mpp();
            SlideQuality quality = new QualityControl(QcSettings.defaults()).assess(slide, mpp);
            RgbImage thumbnail = slide.thumbnail(1024);
            double downsample = (double) slide.levels().get(0).width() / thumbnail.width();
            AnnotatedImage overlay = QcOverlay.of(thumbnail, downsample, quality);
            int checked = quality.report().focusTilesChecked();
            int blurred = quality.report().focusTilesOutOfFocus();
            assertThat(overlay.swatches())
                    .extracting(LegendEntry::label)
                    .containsExactly(
                            "usable tissue (outline)",
                            "pen ink",
                            "out of focus (" + blurred + " tiles)",
                            "checked, in focus (" + (checked - blurred) + " tiles)");
            assertThat(overlay.swatches()).extracting(LegendEntry::rgb).doesNotHaveDuplicates();
            assertThat(overlay.scaleBar()).isPresent();
            assertThat(overlay.scaleBar().orElseThrow().umPerPixel()).isEqualTo(mpp * downsample);
            assertThat(String.join(" ", overlay.caption().paragraphs()))
                    .contains("mm²")
                    .contains("out of focus");
            Path png = folder.resolve("qc-overlay.png");
            PngFile.write(overlay, png);
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image.getWidth()).isEqualTo(Math.max(720, thumbnail.width()));
            assertThat(image.getHeight()).isEqualTo(overlay.height()).isGreaterThan(thumbnail.height());
            // the tissue outline is drawn in its legend colour
            boolean outline = false;
            for (int y = 0; y < thumbnail.height() && !outline; y++) {
                for (int x = 0; x < image.getWidth() && !outline; x++) {
                    outline = (image.getRGB(x, y) & 0xffffff) == QcOverlay.TISSUE;
                }
            }
            assertThat(outline).isTrue();
        }
    }
}
