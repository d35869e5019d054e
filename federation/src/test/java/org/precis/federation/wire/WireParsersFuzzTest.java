package org.precis.federation.wire;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;
import org.precis.federation.study.StudySpecs;

/**
 * Mutated bytes through the parsers of what peers send in JSON (a coordinator's round request, a
 * researcher's study): only IllegalArgumentException may come out. The first byte picks the parser.
 */
class WireParsersFuzzTest {
    private final RoundRequestCodec requests = new RoundRequestCodec();
    private final StudySpecs studies = new StudySpecs();

    @FuzzTest(maxDuration = "5s")
    void parsersRaiseOnlyIllegalArgumentExceptions(byte[] input) {
        if (input.length == 0) {
            return;
        }
        byte[] bytes = Arrays.copyOfRange(input, 1, input.length);
        try {
            if (input[0] % 2 == 0) {
                requests.fromJson(bytes);
            } else {
                studies.fromJson(bytes);
            }
        } catch (IllegalArgumentException expected) {
            // refused cleanly
        }
    }
}
