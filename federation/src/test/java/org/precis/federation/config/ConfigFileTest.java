package org.precis.federation.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.table.InputDataException;

class ConfigFileTest {
    @TempDir
    Path folder;

    @Test
    void malformedYamlIsOneLineWithItsLineNumber() throws Exception {
        Path site =
                Files.writeString(folder.resolve("site.yaml"), "site: lung-a\ncoordinator: [localhost\nport: 7443\n");
        assertThatThrownBy(() -> SiteConfig.read(site))
                .isInstanceOf(InputDataException.class)
                .hasMessage(site + ": not valid YAML at line 3: while parsing a flow sequence");
        Path coordinator = Files.writeString(folder.resolve("coordinator.yaml"), "host: localhost\n  port: : 7443\n");
        assertThatThrownBy(() -> CoordinatorConfig.read(coordinator))
                .isInstanceOf(InputDataException.class)
                .hasMessageStartingWith(coordinator + ": not valid YAML at line 2: ")
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(e.getMessage())
                        .doesNotContain("\n"));
    }
}
