package org.precis.federation.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SitePolicyTest {
    @TempDir
    Path folder;

    private Path policy(String yaml) throws Exception {
        return Files.writeString(folder.resolve("policy.yaml"), yaml);
    }

    @Test
    void loadsPolicyAndDefaultsMinimumCellCountToTen() throws Exception {
        SitePolicy policy = SitePolicyFile.load(policy("""
        algorithms: [descriptive, km, cox-stratified]
        columns:
          - time
          - status
          - age
        researchers: [alice]
        """));
        assertThat(policy.algorithms()).containsExactlyInAnyOrder("descriptive", "km", "cox-stratified");
        assertThat(policy.columns()).containsExactlyInAnyOrder("time", "status", "age");
        assertThat(policy.researchers()).containsExactly("alice");
        assertThat(policy.minimumCellCount()).isEqualTo(10);
        assertThat(policy.disclosureRules().minimumCellCount()).isEqualTo(10);

        SitePolicy strict = SitePolicyFile.load(
                policy("algorithms: [km]\ncolumns: [time]\nresearchers: [bob]\nminimum-cell-count: 25\n"));
        assertThat(strict.minimumCellCount()).isEqualTo(25);
    }

    @Test
    void permitsAllowedRequestsAndNamesEveryReasonForRefusal() throws Exception {
        SitePolicy policy = new SitePolicy(
                java.util.Set.of("km", "cox-stratified"),
                java.util.Set.of("time", "status", "age"),
                java.util.Set.of("alice"),
                10);
        policy.permit("alice", "km", List.of("time", "status"));

        assertThatThrownBy(() -> policy.permit("mallory", "km", List.of("time")))
                .isInstanceOf(PolicyException.class)
                .hasMessage("site policy refuses the request: researcher 'mallory' is not allowed to run studies");
        assertThatThrownBy(() -> policy.permit("alice", "logistic", List.of("time")))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("algorithm 'logistic' is not allowed (allowed: cox-stratified, km)");
        assertThatThrownBy(() -> policy.permit("alice", "km", List.of("time", "postcode", "name", "postcode")))
                .isInstanceOf(PolicyException.class)
                .hasMessageEndingWith("columns name, postcode not allowed");
    }

    @Test
    void badFilesNameTheFileAndTheKey() throws Exception {
        assertThatThrownBy(() -> SitePolicyFile.load(
                        policy("algorithms: [km]\ncolumns: [time]\nresearchers: [a]\nminimum-cell-count: five\n")))
                .isInstanceOf(PolicyFileException.class)
                .hasMessageContaining("policy.yaml: key 'minimum-cell-count': must be a whole number >= 1, got 'five'");
        assertThatThrownBy(() -> SitePolicyFile.load(
                        policy("algorithms: [km]\ncolumns: [time]\nresearchers: [a]\nminimum-cell-count: 0\n")))
                .hasMessageContaining("key 'minimum-cell-count'");
        assertThatThrownBy(() -> SitePolicyFile.load(
                        policy("algorithms: [km]\ncolumns: [time]\nresearchers: [a]\nminimum-cel-count: 5\n")))
                .hasMessageContaining("policy.yaml: unknown key 'minimum-cel-count'");
        assertThatThrownBy(() -> SitePolicyFile.load(policy("algorithms: [km]\ncolumns: [time]\n")))
                .hasMessageContaining("policy.yaml: key 'researchers' is missing");
        assertThatThrownBy(() -> SitePolicyFile.load(policy("algorithms: km\ncolumns: [time]\nresearchers: [a]\n")))
                .hasMessageContaining("policy.yaml: key 'algorithms': expected a list of names, got string");
        assertThatThrownBy(
                        () -> SitePolicyFile.load(policy("algorithms: [km, km]\ncolumns: [time]\nresearchers: [a]\n")))
                .hasMessageContaining("'km' is listed twice");
        assertThatThrownBy(() -> SitePolicyFile.load(policy("algorithms: [km\ncolumns: [time]\n")))
                .hasMessageStartingWith(folder.resolve("policy.yaml") + ": not valid YAML at line");
        assertThatThrownBy(() -> SitePolicyFile.load(folder.resolve("absent.yaml")))
                .hasMessageContaining("absent.yaml: no such file");
    }
}
