package org.precis.slide.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.slide.CorruptSlideException;
import org.precis.slide.RegionRequest;
import org.precis.slide.RgbImage;
import org.precis.slide.Slide;
import org.precis.slide.SlideException;
import org.precis.slide.Slides;

/**
 * Frames made of several fragments, found through the Basic or the Extended Offset Table: a
 * 1000x1000 slide built from four of the sample's JPEG frames must read as that part of the
 * sample does.
 */
class DicomWsiEncapsulatedTest {

    private static final String JPEG_BASELINE = "1.2.840.10008.1.2.4.50";
    private static final String UID = "1.2.826.0.1.3680043.10.1234.7";
    /** Sample frames of tiles (0,0), (1,0), (0,1), (1,1): the sample is 7 tiles across. */
    private static final int[] FRAMES = {0, 1, 7, 8};

    private static Slides slides;
    private List<byte[]> jpegFrames;
    private RgbImage expected;

    @TempDir
    Path temp;

    @BeforeAll
    static void load() {
        slides = Slides.withDefaults();
    }

    @AfterAll
    static void close() {
        slides.close();
    }

    @BeforeEach
    void frames() throws IOException, SlideException {
        SampleBytes sample = SampleBytes.read();
        jpegFrames = new ArrayList<>();
        for (int frame : FRAMES) {
            int[] fragment = sample.fragments().get(frame);
            jpegFrames.add(Arrays.copyOfRange(sample.bytes, fragment[0], fragment[0] + fragment[1]));
        }
        try (Slide slide = slides.open(DicomSample.path())) {
            expected = slide.readRegion(RegionRequest.atLevel(0, 0, 0, 1000, 1000));
        }
    }

    private static WsiWriter header(int frames) {
        WsiWriter w = new WsiWriter(WsiWriter.Syntax.EXPLICIT);
        w.text(DicomTag.SOP_CLASS_UID, "UI", WsiInstance.WSM_SOP_CLASS);
        w.text(DicomTag.SOP_INSTANCE_UID, "UI", UID);
        w.text(DicomTag.SERIES_INSTANCE_UID, "UI", UID + ".1");
        w.us(DicomTag.SAMPLES_PER_PIXEL, 3);
        w.text(DicomTag.PHOTOMETRIC_INTERPRETATION, "CS", "RGB");
        w.text(DicomTag.NUMBER_OF_FRAMES, "IS", Integer.toString(frames));
        w.us(DicomTag.ROWS, 500);
        w.us(DicomTag.COLUMNS, 500);
        w.us(DicomTag.BITS_ALLOCATED, 8);
        w.ul(DicomTag.TOTAL_PIXEL_MATRIX_COLUMNS, 1000);
        w.ul(DicomTag.TOTAL_PIXEL_MATRIX_ROWS, 1000);
        return w;
    }

    /** Each frame cut in two fragments of even length; the offsets of each frame's first item. */
    private List<byte[]> split(long[] frameOffsets) {
        List<byte[]> fragments = new ArrayList<>();
        long offset = 0;
        for (int i = 0; i < jpegFrames.size(); i++) {
            byte[] frame = jpegFrames.get(i);
            int half = frame.length / 2 & ~1;
            frameOffsets[i] = offset;
            fragments.add(Arrays.copyOfRange(frame, 0, half));
            fragments.add(Arrays.copyOfRange(frame, half, frame.length));
            offset += 8 + half + 8 + (frame.length - half);
        }
        return fragments;
    }

    private RgbImage read(byte[] file) throws IOException, SlideException {
        Path path = Files.write(temp.resolve("slide.dcm"), file);
        try (Slide slide = slides.open(path)) {
            return slide.readRegion(RegionRequest.atLevel(0, 0, 0, 1000, 1000));
        }
    }

    @Test
    void readsOneFragmentPerFrameWithoutAnOffsetTable() throws IOException, SlideException {
        byte[] file = header(4).encapsulatedFile(UID, JPEG_BASELINE, new byte[0], jpegFrames);
        assertThat(read(file)).isEqualTo(expected);
    }

    @Test
    void groupsFragmentsIntoFramesByTheBasicOffsetTable() throws IOException, SlideException {
        long[] offsets = new long[4];
        List<byte[]> fragments = split(offsets);
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        for (long offset : offsets) {
            table.writeBytes(
                    new byte[] {(byte) offset, (byte) (offset >> 8), (byte) (offset >> 16), (byte) (offset >> 24)});
        }
        byte[] file = header(4).encapsulatedFile(UID, JPEG_BASELINE, table.toByteArray(), fragments);
        assertThat(read(file)).isEqualTo(expected);
    }

    @Test
    void groupsFragmentsIntoFramesByTheExtendedOffsetTable() throws IOException, SlideException {
        long[] offsets = new long[4];
        List<byte[]> fragments = split(offsets);
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        ByteArrayOutputStream lengths = new ByteArrayOutputStream();
        for (int i = 0; i < 4; i++) {
            for (int b = 0; b < 8; b++) {
                table.write((int) (offsets[i] >>> 8 * b));
                lengths.write((int) ((long) jpegFrames.get(i).length >>> 8 * b));
            }
        }
        WsiWriter header = header(4);
        header.element(DicomTag.EXTENDED_OFFSET_TABLE, "OV", table.toByteArray());
        header.element(DicomTag.EXTENDED_OFFSET_TABLE_LENGTHS, "OV", lengths.toByteArray());
        byte[] file = header.encapsulatedFile(UID, JPEG_BASELINE, new byte[0], fragments);
        assertThat(read(file)).isEqualTo(expected);
    }

    @Test
    void fragmentsWithoutAnOffsetTableAreCorrupt() throws IOException {
        List<byte[]> fragments = split(new long[4]);
        byte[] file = header(4).encapsulatedFile(UID, JPEG_BASELINE, new byte[0], fragments);
        Path path = Files.write(temp.resolve("slide.dcm"), file);
        assertThat(catchThrowable(() -> slides.open(path).close()))
                .isInstanceOf(CorruptSlideException.class)
                .hasMessageContaining("offset table");
    }

    @Test
    void unknownTransferSyntaxIsUnsupported() throws IOException {
        byte[] file = header(4).encapsulatedFile(UID, "1.2.840.10008.1.2.4.80", new byte[0], jpegFrames);
        Path path = Files.write(temp.resolve("slide.dcm"), file);
        assertThat(catchThrowable(() -> slides.open(path).close()))
                .isInstanceOf(org.precis.slide.UnsupportedSlideException.class)
                .hasMessageContaining("1.2.840.10008.1.2.4.80");
    }
}
