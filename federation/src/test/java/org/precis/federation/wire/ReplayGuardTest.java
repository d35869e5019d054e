package org.precis.federation.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.precis.federation.proto.Phase;
import org.precis.federation.proto.RoundKey;

class ReplayGuardTest {
    private final Nonces nonces = new Nonces(new SecureRandom());
    private final RoundKey key =
            RoundKey.newBuilder().setStudyId("s").setRound(3).setAttempt(4).build();

    @Test
    void admitsAFreshMessageOnceAndRefusesItsReplay() {
        ReplayGuard guard = new ReplayGuard(100);
        ByteString nonce = nonces.next();
        assertThat(guard.admit("lung-a", key, Phase.MASKED_INPUT, nonce).fresh())
                .isTrue();
        ReplayGuard.Verdict replay = guard.admit("lung-a", key, Phase.UNMASKING_RESPONSE, nonce);
        assertThat(replay.fresh()).isFalse();
        assertThat(replay.reason()).isEqualTo("replayed nonce");
    }

    @Test
    void refusesASecondMessageOfTheSamePhaseOfTheSameAttemptEvenWithANewNonce() {
        ReplayGuard guard = new ReplayGuard(100);
        assertThat(guard.admit("lung-a", key, Phase.MASKED_INPUT, nonces.next()).fresh())
                .isTrue();
        ReplayGuard.Verdict again = guard.admit("lung-a", key, Phase.MASKED_INPUT, nonces.next());
        assertThat(again.reason()).isEqualTo("duplicate MASKED_INPUT for study s round 3 attempt 4");
        // another site, or another attempt, is another step
        assertThat(guard.admit("lung-b", key, Phase.MASKED_INPUT, nonces.next()).fresh())
                .isTrue();
        assertThat(guard.admit("lung-a", key.toBuilder().setAttempt(5).build(), Phase.MASKED_INPUT, nonces.next())
                        .fresh())
                .isTrue();
    }

    @Test
    void refusesNoncesOfTheWrongLength() {
        ReplayGuard guard = new ReplayGuard(100);
        assertThat(guard.admit("lung-a", key, Phase.ADVERTISE_KEYS, ByteString.copyFromUtf8("short"))
                        .reason())
                .isEqualTo("nonce must be 16 bytes, got 5");
        assertThat(guard.admit("lung-a", key, Phase.ADVERTISE_KEYS, ByteString.EMPTY)
                        .fresh())
                .isFalse();
    }

    @Test
    void remembersOnlyTheMostRecentNonces() {
        ReplayGuard guard = new ReplayGuard(2);
        ByteString first = nonces.next();
        guard.admit("a", key, Phase.ADVERTISE_KEYS, first);
        guard.admit("b", key, Phase.ADVERTISE_KEYS, nonces.next());
        guard.admit("c", key, Phase.ADVERTISE_KEYS, nonces.next());
        // the first nonce aged out; the (site, round, phase) record still refuses the same step
        assertThat(guard.admit("a", key, Phase.ADVERTISE_KEYS, first).reason()).startsWith("duplicate");
        assertThat(guard.admit("a", key, Phase.SHARE_KEYS, first).fresh()).isTrue();
    }
}
