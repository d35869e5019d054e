package org.precis.slide.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.slide.CorruptSlideException;
import org.precis.slide.RegionRequest;
import org.precis.slide.Slide;
import org.precis.slide.SlideException;
import org.precis.slide.SlideLevel;
import org.precis.slide.Slides;
import org.precis.slide.TileLocation;

/** Broken and hostile files built from the sample's bytes: each fails as a SlideException. */
class DicomWsiBadInputTest {

    private static Slides slides;
    private static SampleBytes sample;

    @TempDir
    Path temp;

    @BeforeAll
    static void load() throws IOException {
        slides = Slides.withDefaults();
        sample = SampleBytes.read();
    }

    @AfterAll
    static void close() {
        slides.close();
    }

    /** Opens the file and reads all of level 0; whatever goes wrong must be a SlideException. */
    private static Throwable openAndReadAll(Path file) {
        return catchThrowable(() -> {
            try (Slide slide = slides.open(file)) {
                SlideLevel level = slide.levels().get(0);
                slide.readRegion(RegionRequest.atLevel(0, 0, 0, (int) level.width(), (int) level.height()));
            }
        });
    }

    @Test
    void truncatedCopiesFailAsCorruptSlides() throws IOException {
        List<int[]> fragments = sample.fragments();
        // cut before "DICM" is complete: no reader recognises it
        Path headless = SampleBytes.write(temp.resolve("cut131"), "slide.dcm", sample.truncated(131));
        assertThat(openAndReadAll(headless)).isInstanceOf(org.precis.slide.UnsupportedSlideException.class);
        int[] cuts = {
            132,
            140,
            200,
            sample.datasetStart() + 3,
            700,
            sample.pixelDataTag() + 6,
            sample.pixelDataTag() + 14,
            fragments.get(0)[0] + 100,
            fragments.get(20)[0] + 5,
            sample.bytes.length / 2,
            sample.bytes.length - 9,
            sample.bytes.length - 1
        };
        for (int cut : cuts) {
            Path file = SampleBytes.write(temp.resolve("cut" + cut), "slide.dcm", sample.truncated(cut));
            Throwable thrown = openAndReadAll(file);
            assertThat(thrown).as("cut at %d", cut).isInstanceOf(CorruptSlideException.class);
            assertThat(thrown.getMessage()).contains(file.toString());
        }
    }

    @Test
    void corruptFrameFailsOnlyThatTile() throws IOException, SlideException {
        byte[] bytes = sample.copy();
        int[] frame = sample.fragments().get(8); // TILED_FULL, 7 across: tile (1, 1)
        for (int i = frame[0] + frame[1] / 2; i < frame[0] + frame[1] / 2 + 256; i++) {
            bytes[i] ^= (byte) 0xFF;
        }
        Path file = SampleBytes.write(temp, "slide.dcm", bytes);
        try (Slide slide = slides.open(file)) {
            assertThatThrownBy(() -> slide.readRegion(RegionRequest.atLevel(0, 600, 600, 10, 10)))
                    .isInstanceOfSatisfying(CorruptSlideException.class, e -> {
                        assertThat(e.tile()).contains(new TileLocation(0, 1, 1));
                        assertThat(e.getMessage()).contains(file.toString()).contains("tile (1, 1)");
                    });
            assertThat(slide.readRegion(RegionRequest.atLevel(0, 0, 0, 1000, 500))
                            .width())
                    .isEqualTo(1000);
            assertThat(slide.readRegion(RegionRequest.atLevel(0, 1000, 500, 500, 500))
                            .width())
                    .isEqualTo(500);
        }
    }

    @Test
    void frameOfTheWrongSizeIsCorrupt() throws IOException, SlideException {
        byte[] bytes = sample.copy();
        // the Columns value (0028,0011) US 500 becomes 400
        int columns = sample.indexOf(new byte[] {0x28, 0x00, 0x11, 0x00, 'U', 'S', 2, 0}, sample.datasetStart());
        bytes[columns + 8] = (byte) 400;
        bytes[columns + 9] = (byte) (400 >> 8);
        Path file = SampleBytes.write(temp, "slide.dcm", bytes);
        Throwable thrown = openAndReadAll(file);
        assertThat(thrown).isInstanceOf(CorruptSlideException.class);
    }

    @Test
    void hugeDeclaredLengthsAreCorrupt() throws IOException {
        // Issuer of the Container Identifier Sequence (0040,0513), an empty SQ of defined length
        int sequence = sample.indexOf(new byte[] {0x40, 0x00, 0x13, 0x05, 'S', 'Q', 0, 0}, sample.datasetStart());
        assertThat(sequence).isPositive();
        byte[] element = sample.copy();
        SampleBytes.putU32(element, sequence + 8, 0x7FFFFFF0L);
        Throwable thrown = openAndReadAll(SampleBytes.write(temp.resolve("element"), "slide.dcm", element));
        assertThat(thrown).isInstanceOf(CorruptSlideException.class).hasMessageContaining("(0040,0513)");

        byte[] table = sample.copy();
        SampleBytes.putU32(table, sample.pixelDataTag() + 16, 0xFFFFFFF0L);
        assertThat(openAndReadAll(SampleBytes.write(temp.resolve("table"), "slide.dcm", table)))
                .isInstanceOf(SlideException.class);

        byte[] fragment = sample.copy();
        SampleBytes.putU32(fragment, sample.fragments().get(3)[0] - 4, 0xFFFFFFF0L);
        assertThat(openAndReadAll(SampleBytes.write(temp.resolve("fragment"), "slide.dcm", fragment)))
                .isInstanceOf(SlideException.class);

        byte[] meta = sample.copy();
        SampleBytes.putU32(meta, 132 + 8, 0xFFFFFFF0L); // file meta group length: not relied on
        byte[] name = sample.copy();
        // Patient's Name (0010,0010) PN: a 2-byte length of 65535, past the end of the header
        int patient = sample.indexOf(new byte[] {0x10, 0x00, 0x10, 0x00, 'P', 'N'}, sample.datasetStart());
        name[patient + 6] = (byte) 0xFF;
        name[patient + 7] = (byte) 0xFF;
        Throwable nameThrown = openAndReadAll(SampleBytes.write(temp.resolve("name"), "slide.dcm", name));
        assertThat(nameThrown).isInstanceOf(SlideException.class);
    }

    @Test
    void deeplyNestedSequencesAreRefused() throws IOException {
        ByteArrayOutputStream nested = new ByteArrayOutputStream();
        int depth = 40;
        for (int i = 0; i < depth; i++) {
            // (0040,0555) SQ, undefined length, then an item of undefined length
            nested.writeBytes(new byte[] {0x40, 0x00, 0x55, 0x05, 'S', 'Q', 0, 0, -1, -1, -1, -1});
            nested.writeBytes(new byte[] {-2, -1, 0x00, -32, -1, -1, -1, -1});
        }
        for (int i = 0; i < depth; i++) {
            nested.writeBytes(new byte[] {-2, -1, 0x0D, -32, 0, 0, 0, 0});
            nested.writeBytes(new byte[] {-2, -1, -35, -32, 0, 0, 0, 0});
        }
        byte[] bytes = sample.inserting(sample.datasetStart(), nested.toByteArray());
        Throwable thrown = openAndReadAll(SampleBytes.write(temp, "slide.dcm", bytes));
        assertThat(thrown).isInstanceOf(CorruptSlideException.class).hasMessageContaining("nest deeper");
    }

    @Test
    void shallowNestedSequencesStillOpen() throws IOException, SlideException {
        ByteArrayOutputStream nested = new ByteArrayOutputStream();
        int depth = 8;
        for (int i = 0; i < depth; i++) {
            nested.writeBytes(new byte[] {0x40, 0x00, 0x55, 0x05, 'S', 'Q', 0, 0, -1, -1, -1, -1});
            nested.writeBytes(new byte[] {-2, -1, 0x00, -32, -1, -1, -1, -1});
        }
        for (int i = 0; i < depth; i++) {
            nested.writeBytes(new byte[] {-2, -1, 0x0D, -32, 0, 0, 0, 0});
            nested.writeBytes(new byte[] {-2, -1, -35, -32, 0, 0, 0, 0});
        }
        byte[] bytes = sample.inserting(sample.datasetStart(), nested.toByteArray());
        try (Slide slide = slides.open(SampleBytes.write(temp, "slide.dcm", bytes))) {
            assertThat(slide.levels().get(0).width()).isEqualTo(3236);
            assertThat(slide.readRegion(RegionRequest.atLevel(0, 400, 400, 200, 200))
                            .width())
                    .isEqualTo(200);
        }
    }

    @Test
    void dicmFollowedByGarbageIsASlideException() throws IOException {
        Random random = new Random(20240601);
        for (int trial = 0; trial < 40; trial++) {
            byte[] garbage = new byte[132 + random.nextInt(4096)];
            random.nextBytes(garbage);
            garbage[128] = 'D';
            garbage[129] = 'I';
            garbage[130] = 'C';
            garbage[131] = 'M';
            Throwable thrown = openAndReadAll(SampleBytes.write(temp.resolve("g" + trial), "slide.dcm", garbage));
            assertThat(thrown).as("trial %d", trial).isInstanceOf(SlideException.class);
        }
    }

    @Test
    void garbageAfterAValidMetaGroupIsASlideException() throws IOException {
        Random random = new Random(7);
        for (int trial = 0; trial < 40; trial++) {
            byte[] garbage = new byte[random.nextInt(4096)];
            random.nextBytes(garbage);
            byte[] bytes = new byte[sample.datasetStart() + garbage.length];
            System.arraycopy(sample.bytes, 0, bytes, 0, sample.datasetStart());
            System.arraycopy(garbage, 0, bytes, sample.datasetStart(), garbage.length);
            Throwable thrown = openAndReadAll(SampleBytes.write(temp.resolve("m" + trial), "slide.dcm", bytes));
            assertThat(thrown).as("trial %d", trial).isInstanceOf(SlideException.class);
        }
    }

    @Test
    void randomByteChangesInTheHeaderGiveOnlySlideExceptions() throws IOException {
        Random random = new Random(42);
        int headerEnd = sample.fragments().get(0)[0];
        for (int trial = 0; trial < 60; trial++) {
            byte[] bytes = sample.copy();
            int changes = 1 + random.nextInt(8);
            for (int i = 0; i < changes; i++) {
                bytes[128 + random.nextInt(headerEnd - 128)] = (byte) random.nextInt(256);
            }
            Throwable thrown = openAndReadAll(SampleBytes.write(temp.resolve("r" + trial), "slide.dcm", bytes));
            if (thrown != null) {
                assertThat(thrown).as("trial %d", trial).isInstanceOf(SlideException.class);
            }
        }
    }

    @Test
    void nonWsiSopClassIsUnsupported() throws IOException {
        byte[] bytes = sample.copy();
        // SOP Class UID (0008,0016) ...77.1.6 -> ...77.1.2 (VL Microscopic Image), same length
        int sop = sample.indexOf(new byte[] {0x08, 0x00, 0x16, 0x00, 'U', 'I'}, sample.datasetStart());
        int last = sop + 8 + sample.u16(sop + 6) - 1;
        assertThat(bytes[last]).isEqualTo((byte) '6');
        bytes[last] = '2';
        assertThat(openAndReadAll(SampleBytes.write(temp, "slide.dcm", bytes)))
                .isInstanceOf(org.precis.slide.UnsupportedSlideException.class)
                .hasMessageContaining("SOP class");
    }
}
