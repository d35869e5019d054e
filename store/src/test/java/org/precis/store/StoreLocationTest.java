package org.precis.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoreLocationTest {

    @Test
    void theEmbeddedDefaultIsAnH2FileInTheDataDirectoryInPostgresqlMode() {
        StoreLocation location = StoreLocation.embedded(Path.of("/srv/precis-data"));
        assertThat(location.jdbcUrl())
                .isEqualTo("jdbc:h2:file:/srv/precis-data/store;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"
                        + ";DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000");
        assertThat(location.isH2()).isTrue();
        assertThat(location.user()).isEmpty();
    }

    @Test
    void anH2UrlKeepsItsOwnSettingsAndGetsTheMissingOnes() {
        assertThat(StoreLocation.parse("jdbc:h2:mem:x;mode=postgresql;LOCK_TIMEOUT=500")
                        .jdbcUrl())
                .isEqualTo("jdbc:h2:mem:x;mode=postgresql;LOCK_TIMEOUT=500;DATABASE_TO_LOWER=TRUE"
                        + ";DEFAULT_NULL_ORDERING=HIGH");
        assertThatThrownBy(() -> StoreLocation.parse("jdbc:h2:mem:x;MODE=MySQL"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "store URL 'jdbc:h2:mem:x;MODE=MySQL' sets MODE=MySQL, but the store needs MODE=PostgreSQL");
    }

    @Test
    void aPostgresqlUrlHasItsUserAndPasswordTakenOutAndNeverPrintsThePassword() {
        StoreLocation location =
                StoreLocation.parse("jdbc:postgresql://db.hospital:5433/precis?user=precis&password=s%26cret&ssl=true");
        assertThat(location.jdbcUrl()).isEqualTo("jdbc:postgresql://db.hospital:5433/precis?ssl=true");
        assertThat(location.user()).contains("precis");
        assertThat(location.password()).contains("s&cret");
        assertThat(location.isH2()).isFalse();
        assertThat(location.toString()).doesNotContain("cret").contains("(user precis)");
        assertThat(StoreLocation.parse("jdbc:postgresql://localhost/precis"))
                .isEqualTo(new StoreLocation("jdbc:postgresql://localhost/precis", Optional.empty(), Optional.empty()));
    }

    @Test
    void refusesAnythingElseInOneLineWithoutThePassword() {
        String expected =
                "expected jdbc:h2:... or jdbc:postgresql://HOST[:PORT]/DATABASE[?user=USER&password=PASSWORD]";
        for (String bad : new String[] {
            "jdbc:sqlite:/tmp/x.db",
            "postgresql://localhost/precis",
            "jdbc:postgresql:precis",
            "jdbc:postgresql://localhost",
            "jdbc:postgresql://localhost/",
            "jdbc:mysql://localhost/precis?user=a&password=hunter2",
            "precis-data/store"
        }) {
            assertThatThrownBy(() -> StoreLocation.parse(bad))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("unsupported store URL '")
                    .hasMessageEndingWith(expected)
                    .hasMessageNotContaining("hunter2")
                    .hasMessageNotContaining("\n");
        }
        assertThatThrownBy(() -> StoreLocation.parse(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the store URL is empty: " + expected);
    }
}
