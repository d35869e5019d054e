package org.precis.slide.codec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The native codecs the launcher installs are the ones the slide tests run on. Without them the
 * readers fall back silently (JPEG) or refuse (JPEG 2000); a test suite passing on the fallback
 * would hide a broken install, so a missing library fails here.
 */
class NativeCodecsInstalledTest {

    @Test
    void libjpegTurboIsTheJpegDecoder() {
        try (Codecs codecs = Codecs.system(1L << 26)) {
            assertThat(codecs.jpeg())
                    .as("libjpeg-turbo is not installed (Debian package libturbojpeg0; ./precis test installs it)")
                    .isInstanceOf(TurboJpegDecoder.class);
        }
    }

    @Test
    void libjpegTurboIsTheJpegEncoder() {
        try (Codecs codecs = Codecs.system(1L << 26)) {
            assertThat(codecs.jpegEncoder())
                    .as("libjpeg-turbo is not installed (Debian package libturbojpeg0; ./precis test installs it)")
                    .isInstanceOf(TurboJpegEncoder.class);
        }
    }

    @Test
    void openJpegDecodesJpeg2000() {
        try (Codecs codecs = Codecs.system(1L << 26)) {
            assertThat(codecs.jpeg2000()).as(codecs.jpeg2000Missing()).get().isInstanceOf(OpenJpegDecoder.class);
        }
    }
}
