package org.precis.slide.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class J2kCodingStyleTest {

    /** SOC, a SIZ segment, a COD segment with the given levels, SOT: the start of an Aperio tile. */
    private static byte[] codestream(int levels) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xFF, 0x4F});
        out.writeBytes(new byte[] {(byte) 0xFF, 0x51, 0, 6, 1, 2, 3, 4});
        out.writeBytes(new byte[] {(byte) 0xFF, 0x52, 0, 12, 0, 0, 0, 1, 1, (byte) levels, 4, 4, 0, 1});
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0x90, 0, 10, 0, 0, 0, 0, 0, 0, 0, 1});
        return out.toByteArray();
    }

    @Test
    void readsTheDecompositionLevelsOfTheDefaultCodingStyle() {
        assertThat(J2kCodingStyle.read(codestream(5), codestream(5).length)).contains(new J2kCodingStyle(5));
        assertThat(J2kCodingStyle.read(codestream(0), codestream(0).length)).contains(new J2kCodingStyle(0));
    }

    @Test
    void saysNothingForAFileBoxATruncatedHeaderOrACodAfterTheFirstTilePart() {
        byte[] stream = codestream(5);
        assertThat(J2kCodingStyle.read(stream, 17)).isEmpty();
        byte[] jp2 = {0, 0, 0, 12, 'j', 'P', ' ', ' ', 13, 10, (byte) 0x87, 10};
        assertThat(J2kCodingStyle.read(jp2, jp2.length)).isEmpty();
        byte[] late = new byte[stream.length];
        System.arraycopy(stream, 0, late, 0, 10);
        System.arraycopy(stream, 24, late, 10, 12);
        System.arraycopy(stream, 10, late, 22, 14);
        assertThat(J2kCodingStyle.read(late, late.length)).isEmpty();
        assertThat(J2kCodingStyle.read(codestream(40), stream.length)).isEmpty();
    }

    @Property(tries = 2000)
    void anyBytesGiveAnAnswerOrNothingNeverAnException(
            @ForAll @Size(max = 64) byte[] bytes, @ForAll @IntRange(min = 0, max = 80) int length) {
        byte[] withSoc = Arrays.copyOf(bytes, bytes.length + 2);
        System.arraycopy(bytes, 0, withSoc, 2, bytes.length);
        withSoc[0] = (byte) 0xFF;
        withSoc[1] = 0x4F;
        J2kCodingStyle.read(withSoc, length)
                .ifPresent(style -> assertThat(style.decompositionLevels()).isBetween(0, 32));
        J2kCodingStyle.read(bytes, length);
    }
}
