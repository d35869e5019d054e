package org.precis.federation.secagg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShamirSharingTest {
    private final SecureRandom random = SimulatedRound.seeded(5);

    @Test
    void anyThresholdSubsetRebuildsTheSecretAndFewerDoNot() {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        BigInteger[] values = ShamirSharing.split(secret, 4, 7, random);
        List<ShamirSharing.Share> shares = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            shares.add(new ShamirSharing.Share(i + 1, values[i]));
        }
        for (int trial = 0; trial < 20; trial++) {
            Collections.shuffle(shares, new java.util.Random(trial));
            assertThat(ShamirSharing.combine(shares.subList(0, 4), 4, 32)).isEqualTo(secret);
        }
        // Three shares interpolate a degree-2 polynomial: not the secret.
        List<ShamirSharing.Share> three = shares.subList(0, 3);
        assertThatThrownBy(() -> ShamirSharing.combine(three, 4, 32))
                .isInstanceOf(SecAggException.class)
                .hasMessageContaining("need 4 shares");
        BigInteger wrong = new BigInteger(1, secret);
        assertThat(interpolate(three)).isNotEqualTo(wrong);
    }

    private static BigInteger interpolate(List<ShamirSharing.Share> shares) {
        try {
            return new BigInteger(1, ShamirSharing.combine(shares, shares.size(), 66));
        } catch (SecAggException e) {
            return BigInteger.valueOf(-1);
        }
    }

    @Test
    void duplicatePointsAreRefused() {
        List<ShamirSharing.Share> shares =
                List.of(new ShamirSharing.Share(1, BigInteger.ONE), new ShamirSharing.Share(1, BigInteger.TWO));
        assertThatThrownBy(() -> ShamirSharing.combine(shares, 2, 32)).hasMessageContaining("same point");
    }
}
