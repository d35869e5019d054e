package org.precis.federation.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.table.InputDataException;

class StudySpecsTest {
    private final StudySpecs specs = new StudySpecs();

    @TempDir
    Path folder;

    @Test
    void readsAStudyFileAndRoundTripsItsWireForm() throws Exception {
        Path file = Files.writeString(folder.resolve("study.yaml"), """
        study: lung-cox
        algorithm: cox-stratified
        researcher: alice
        sites: [lung-a, lung-b, lung-c]
        parameters:
          time: time
          event: status
          event_value: 2
          covariates: [age, sex]
        """);
        StudySpec spec = specs.read(file);
        assertThat(spec.studyId()).isEqualTo("lung-cox");
        assertThat(spec.sites()).containsExactly("lung-a", "lung-b", "lung-c");
        assertThat(spec.threshold()).isEqualTo(2);
        assertThat(spec.parameters().get("covariates").size()).isEqualTo(2);
        assertThat(specs.fromJson(specs.toJson(spec))).isEqualTo(spec);
    }

    @Test
    void theDefaultThresholdIsAStrictMajorityAndNeverOne() {
        assertThat(StudySpec.majorityOf(2)).isEqualTo(2);
        assertThat(StudySpec.majorityOf(3)).isEqualTo(2);
        assertThat(StudySpec.majorityOf(4)).isEqualTo(3);
        assertThat(StudySpec.majorityOf(5)).isEqualTo(3);
    }

    @Test
    void badStudyFilesAreRefusedNamingTheFileAndTheProblem() throws Exception {
        Path typo = Files.writeString(
                folder.resolve("typo.yaml"),
                "study: s\nalgorithm: km\nresearcher: alice\nsites: [a, b]\nthreshhold: 2\n");
        assertThatThrownBy(() -> specs.read(typo))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(typo.toString())
                .hasMessageContaining("unknown study field 'threshhold'");
        Path lonely = Files.writeString(
                folder.resolve("lonely.yaml"), "study: s\nalgorithm: km\nresearcher: alice\nsites: [a]\n");
        assertThatThrownBy(() -> specs.read(lonely)).hasMessageContaining("needs at least 2 sites");
        Path threshold = Files.writeString(
                folder.resolve("threshold.yaml"),
                "study: s\nalgorithm: km\nresearcher: alice\nsites: [a, b]\nthreshold: 1\n");
        assertThatThrownBy(() -> specs.read(threshold))
                .hasMessageContaining("threshold must be between 2 and the 2 sites");
        Path path = Files.writeString(
                folder.resolve("path.yaml"),
                "study: ../../etc/passwd\nalgorithm: km\nresearcher: alice\nsites: [a, b]\n");
        assertThatThrownBy(() -> specs.read(path)).hasMessageContaining("study id '../../etc/passwd' must be");
        assertThatThrownBy(() -> specs.fromJson("{\"study\":".getBytes()))
                .hasMessageStartingWith("malformed study JSON");
    }

    @Test
    void malformedYamlAndAnUnknownAlgorithmAreOneLineEach() throws Exception {
        Path broken = Files.writeString(
                folder.resolve("broken.yaml"),
                "study: s\nalgorithm: km\nresearcher: alice\nsites: [a, b\nthreshold: 2\n");
        assertThatThrownBy(() -> specs.read(broken))
                .isInstanceOf(InputDataException.class)
                .hasMessage(broken + ": not valid YAML at line 5: while parsing a flow sequence");
        Path unknown = Files.writeString(
                folder.resolve("unknown.yaml"), "study: s\nalgorithm: coxx\nresearcher: alice\nsites: [a, b]\n");
        assertThatThrownBy(() -> specs.read(unknown))
                .isInstanceOf(InputDataException.class)
                .hasMessage(unknown + ": unknown algorithm 'coxx'; known are "
                        + org.precis.federation.algorithm.FederatedAlgorithms.names());
    }
}
