package org.precis.embed;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;

/**
 * Mutated descriptor files through the descriptor parser: whatever the bytes, the parser either
 * gives a descriptor or raises {@link IllegalArgumentException}. Without {@code JAZZER_FUZZ} the
 * test replays its seeds; the build's {@code fuzz-descriptor} run mutates them.
 */
class EncoderDescriptorFuzzTest {

    private final EncoderDescriptors descriptors = new EncoderDescriptors();

    @FuzzTest(maxDuration = "5s")
    void descriptorParserRaisesOnlyIllegalArgument(byte[] input) {
        try {
            descriptors.parse(input, Path.of("/models"), "fuzzed.json");
        } catch (IllegalArgumentException expected) {
            // the one way a bad descriptor may fail
        }
    }
}
