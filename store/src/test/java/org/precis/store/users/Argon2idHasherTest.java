package org.precis.store.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;

class Argon2idHasherTest {
    private final Argon2idHasher hasher = new Argon2idHasher(PasswordHashing.OWASP, new SecureRandom());

    @Test
    void verifiesHashesMadeByTheReferenceImplementationWithTheParametersEachOneNames() {
        List<ReferenceHashes.Entry> reference = ReferenceHashes.all();
        assertThat(reference).hasSize(3);
        for (ReferenceHashes.Entry entry : reference) {
            assertThat(hasher.verify(entry.password().toCharArray(), entry.hash()))
                    .as(entry.hash())
                    .isTrue();
            assertThat(hasher.verify((entry.password() + " ").toCharArray(), entry.hash()))
                    .isFalse();
        }
        assertThat(hasher.needsRehash(reference.get(0).hash())).isFalse();
        assertThat(hasher.needsRehash(reference.get(2).hash())).isTrue();
    }

    @Test
    void writesAFreshSaltAndTheParametersIntoEveryHash() {
        String first = hasher.hash("correct horse battery staple".toCharArray());
        String second = hasher.hash("correct horse battery staple".toCharArray());
        assertThat(first)
                .matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}")
                .isNotEqualTo(second);
        assertThat(hasher.verify("correct horse battery staple".toCharArray(), second))
                .isTrue();
        assertThatThrownBy(() -> hasher.verify("x".toCharArray(), "$2b$12$notargon"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("stored password hash is not an Argon2id (v=19) PHC string");
        assertThatThrownBy(() -> hasher.verify(
                        "x".toCharArray(),
                        "$argon2id$v=19$m=99999999,t=2,p=1$"
                                + "cHJlY2lzLXNhbHQtMDAwMQ$CANqq7Ly5oGw6n5gAlAxS4I0CpB2anVeKAzQeTF0ZqY"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Argon2 memory must be 8..1048576 KiB, got 99999999");
    }
}
