package org.precis.federation.secagg;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;

/**
 * Mutated bytes through every message parser: only {@link SecAggException} may come out. The first
 * byte picks the parser, the rest is the message; the seeds are real messages of each kind.
 */
class SecAggMessageFuzzTest {
    @FuzzTest(maxDuration = "5s")
    void parsersRaiseOnlySecAggExceptions(byte[] input) {
        if (input.length == 0) {
            return;
        }
        byte[] bytes = Arrays.copyOfRange(input, 1, input.length);
        try {
            switch (Math.floorMod(input[0], 7)) {
                case 0 -> AdvertiseKeys.fromBytes(bytes);
                case 1 -> Roster.fromBytes(bytes);
                case 2 -> ShareKeys.fromBytes(bytes);
                case 3 -> EncryptedShare.listFromBytes(bytes);
                case 4 -> MaskedInput.fromBytes(bytes);
                case 5 -> UnmaskingRequest.fromBytes(bytes);
                default -> UnmaskingResponse.fromBytes(bytes);
            }
        } catch (SecAggException expected) {
            // Refused cleanly.
        }
    }
}
