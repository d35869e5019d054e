package org.precis.survival.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SurvivalTableTest {
    @Test
    void readsQuotedFieldsMissingCellsAndColumnKinds() {
        SurvivalTable t = SurvivalTable.parseCsv(
                "\"id\",\"name\",score,note\n1,\"a, b\",2.5,\"say \"\"hi\"\"\"\n2,NA,,\"NA\"\r\n3,c,NA,\n");
        assertThat(t.rowCount()).isEqualTo(3);
        assertThat(t.columnNames()).containsExactly("id", "name", "score", "note");
        assertThat(t.column("id").isNumeric()).isTrue();
        assertThat(t.column("score").isNumeric()).isTrue();
        assertThat(t.column("score").number(0).getAsDouble()).isEqualTo(2.5);
        assertThat(t.column("score").isMissing(1)).isTrue();
        assertThat(t.column("score").isMissing(2)).isTrue();
        assertThat(t.column("name").isNumeric()).isFalse();
        assertThat(t.column("name").text(0)).contains("a, b");
        assertThat(t.column("name").isMissing(1)).isTrue();
        assertThat(t.column("note").text(0)).contains("say \"hi\"");
        assertThat(t.column("note").text(1)).as("a quoted NA is text").contains("NA");
    }

    @Test
    void readsRsLungExport() {
        SurvivalTable lung = TestData.clinical("survival_lung.csv");
        assertThat(lung.rowCount()).isEqualTo(228);
        assertThat(lung.column("ph.ecog").isMissing(13)).isTrue();
        assertThat(TestData.clinical("survival_veteran.csv").column("celltype").isNumeric())
                .isFalse();
    }

    @Test
    void unknownColumnIsNamedWithTheColumnsThereAre() {
        SurvivalTable t = SurvivalTable.parseCsv("a,b\n1,2\n");
        assertThatThrownBy(() -> t.column("c"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'c'")
                .hasMessageContaining("[a, b]");
    }

    @Test
    void recordOfWrongWidthIsRefusedWithItsLine() {
        assertThatThrownBy(() -> SurvivalTable.parseCsv("a,b\n1,2\n3\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 3");
    }
}
