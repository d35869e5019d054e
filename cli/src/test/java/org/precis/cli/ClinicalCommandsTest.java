package org.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The {@code precis clinical} commands: the edition always stated, invalid categories refused. */
class ClinicalCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void ninthEditionSplitsN2() throws Exception {
        CommandRun run = CommandRun.of(
                "clinical", "tnm-lung", "--edition", "9", "--t", "T1b", "--n", "N2b", "--m", "M0", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode stage = JSON.readTree(run.out());
        assertThat(stage.get("stage").asText()).isEqualTo("IIIA");
        assertThat(stage.get("edition").asInt()).isEqualTo(9);
        assertThat(stage.get("edition_label").asText()).isEqualTo("9th edition");
    }

    @Test
    void theTextSaysTheEdition() {
        CommandRun run =
                CommandRun.of("clinical", "tnm-lung", "--edition", "8", "--t", "t2a", "--n", "n2", "--m", "m0");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().trim()).isEqualTo("T2a N2 M0: stage IIIA (8th edition)");
    }

    @Test
    void aCategoryOfTheOtherEditionIsAUsageError() {
        CommandRun run =
                CommandRun.of("clinical", "tnm-lung", "--edition", "8", "--t", "T1b", "--n", "N2a", "--m", "M0");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1).first().asString().contains("8th edition");
    }

    @Test
    void anUnknownCategoryListsTheValidOnes() {
        CommandRun run = CommandRun.of("clinical", "tnm-lung", "--edition", "9", "--t", "T5", "--n", "N0", "--m", "M0");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown T category 'T5'").contains("T1mi");
    }

    @Test
    void npiIsReportedToTwoDecimalsWithItsGroup() throws Exception {
        CommandRun run =
                CommandRun.of("clinical", "npi", "--size-mm", "22", "--positive-nodes", "2", "--grade", "2", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode npi = JSON.readTree(run.out());
        assertThat(npi.get("npi").asDouble()).isEqualTo(4.44);
        assertThat(npi.get("group").asText()).isEqualTo("moderate (MPG)");
        CommandRun six = CommandRun.of(
                "clinical",
                "npi",
                "--size-mm",
                "22",
                "--positive-nodes",
                "2",
                "--grade",
                "2",
                "--scheme",
                "BLAMEY_2007_SIX_GROUPS");
        assertThat(six.out()).contains("NPI 4.44: moderate II");
    }

    @Test
    void anImplausibleNpiInputIsBadDataInOneLine() {
        CommandRun run = CommandRun.of("clinical", "npi", "--size-mm", "5000", "--positive-nodes", "2", "--grade", "2");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines())
                .hasSize(1)
                .first()
                .asString()
                .contains("(0, 200] mm")
                .contains("5000");
        CommandRun nodes =
                CommandRun.of("clinical", "npi", "--size-mm", "22", "--positive-nodes", "400", "--grade", "2");
        assertThat(nodes.exitCode()).isEqualTo(1);
        assertThat(nodes.err()).contains("0..60");
        CommandRun grade = CommandRun.of("clinical", "npi", "--size-mm", "22", "--positive-nodes", "2", "--grade", "4");
        assertThat(grade.exitCode()).isEqualTo(1);
    }

    @Test
    void gradeComesFromTheThreeScores() {
        CommandRun run = CommandRun.of("clinical", "grade", "--tubules", "3", "--pleomorphism", "2", "--mitoses", "3");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("score 8 of 9: grade 3");
        CommandRun bad = CommandRun.of("clinical", "grade", "--tubules", "4", "--pleomorphism", "2", "--mitoses", "3");
        assertThat(bad.exitCode()).isEqualTo(2);
    }
}
