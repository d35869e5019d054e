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

    @Test
    void aSiteHoldsATableAPatchSetOrBoth() throws Exception {
        String common = "coordinator_host: localhost\ncoordinator_port: 7443\npolicy: policy.yaml\naudit: audit.log\n"
                + "tls: {key: a.key, certificate: a.crt, ca: ca.crt, revocations: revoked.crl}\n";
        Path patches = Files.writeString(folder.resolve("patches.yaml"), common + "patches: site-a.h5\n");
        SiteConfig config = SiteConfig.read(patches);
        org.assertj.core.api.Assertions.assertThat(config.patches()).contains(folder.resolve("site-a.h5"));
        org.assertj.core.api.Assertions.assertThat(config.data()).isEmpty();
        Path neither = Files.writeString(folder.resolve("neither.yaml"), common);
        assertThatThrownBy(() -> SiteConfig.read(neither))
                .isInstanceOf(InputDataException.class)
                .hasMessageContaining(neither + "")
                .hasMessageContaining("names neither 'data' (a table) nor 'patches' (a patch set)");
    }
}
