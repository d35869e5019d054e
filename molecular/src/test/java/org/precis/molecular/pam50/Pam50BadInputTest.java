package org.precis.molecular.pam50;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.molecular.expression.ExpressionCsv;
import org.precis.molecular.expression.ProbeAnnotation;
import org.precis.table.CsvSeparator;
import org.precis.table.InputDataException;
import org.precis.testing.SampleData;

/** Bad expression tables, made from the shared vdxs set: one line naming the file, line and column. */
class Pam50BadInputTest {

    @TempDir
    Path dir;

    private final Path expression = SampleData.path("samples/expression/genefu_vdxs_expression.csv");
    private final Path annotation = SampleData.path("samples/expression/genefu_vdxs_annotation.csv");

    private Pam50Result run(Path table, Path annotationFile, int minimumGenes) throws IOException {
        return new Pam50Subtyping(Pam50Centroids.genefu(), minimumGenes)
                .run(
                        new ExpressionCsv(CsvSeparator.AUTO),
                        table,
                        ProbeAnnotation.read(annotationFile, CsvSeparator.AUTO));
    }

    private Path write(String name, List<String> lines) throws IOException {
        return Files.write(dir.resolve(name), lines, StandardCharsets.UTF_8);
    }

    private List<String> lines(Path file) throws IOException {
        return new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    @Test
    void namesTheLineAndColumnOfACellThatIsNotANumber() throws IOException {
        List<String> lines = lines(expression);
        String[] cells = lines.get(4).split(",", -1);
        cells[2] = "12,5x".replace(",", "");
        lines.set(4, String.join(",", cells));
        Path bad = write("bad.csv", lines);
        assertThatThrownBy(() -> run(bad, annotation, 20))
                .isInstanceOf(InputDataException.class)
                .hasMessage(bad + ": line 5: column 3 (probe 200600_at): '125x' is not a number");
    }

    @Test
    void refusesASampleThatAppearsTwice() throws IOException {
        List<String> lines = lines(expression);
        lines.add(lines.get(1));
        Path bad = write("twice.csv", lines);
        assertThatThrownBy(() -> run(bad, annotation, 20))
                .isInstanceOf(InputDataException.class)
                .hasMessage(bad + ": line 152: sample VDX_93 appears twice (also on line 2)");
    }

    @Test
    void refusesAProbeThatIsTwoColumns() throws IOException {
        List<String> lines = lines(expression);
        lines.set(0, lines.get(0).replace("\"200600_at\"", "\"200039_s_at\""));
        Path bad = write("probes.csv", lines);
        assertThatThrownBy(() -> run(bad, annotation, 20))
                .isInstanceOf(InputDataException.class)
                .hasMessage(bad + ": line 1: probe 200039_s_at is in columns 2 and 3");
    }

    @Test
    void refusesAnAnnotationThatNamesAProbeTwice() throws IOException {
        List<String> lines = lines(annotation);
        lines.add(lines.get(1));
        Path bad = write("annotation.csv", lines);
        assertThatThrownBy(() -> run(expression, bad, 20))
                .isInstanceOf(InputDataException.class)
                .hasMessage(bad + ": line " + lines.size() + ": probe 200039_s_at is annotated twice (also on line 2)");
    }

    @Test
    void saysSoWhenTheTableIsTransposed() throws IOException {
        List<String> lines = lines(expression);
        List<String[]> cells = lines.stream().map(l -> l.split(",", -1)).toList();
        List<String> transposed = new ArrayList<>();
        for (int j = 0; j < cells.get(0).length; j++) {
            StringBuilder row = new StringBuilder();
            for (String[] record : cells) {
                row.append(row.length() == 0 ? "" : ",").append(record[j]);
            }
            transposed.add(row.toString());
        }
        Path bad = write("transposed.csv", transposed);
        assertThatThrownBy(() -> run(bad, annotation, 20))
                .isInstanceOf(InputDataException.class)
                .hasMessageStartingWith(bad + ": looks transposed: 966 of its 966 row ids are probes of " + annotation)
                .hasMessageEndingWith("Precis reads samples in rows and probes in columns");
    }

    @Test
    void refusesATableWhoseProbesMeasureNoPam50Gene() throws IOException {
        List<String> lines = lines(annotation);
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",", 3);
            lines.set(i, cells[0] + ",NA," + cells[2]);
        }
        Path noGenes = write("annotation.csv", lines);
        assertThatThrownBy(() -> run(expression, noGenes, 20))
                .isInstanceOf(InputDataException.class)
                .hasMessage(expression + ": none of its probes measures one of the 50 PAM50 genes (by EntrezGene.ID in "
                        + noGenes + ")");
    }

    @Test
    void refusesBelowTheMinimumOfMappedGenesSayingHowManyWereFound() {
        assertThatThrownBy(() -> run(expression, annotation, 40))
                .isInstanceOf(InputDataException.class)
                .hasMessage(
                        expression + ": only 32 of the 50 PAM50 genes have a probe with values (by EntrezGene.ID in "
                                + annotation + "); Precis calls no subtype from fewer than 40");
    }

    @Test
    void refusesARecordOfTheWrongWidth() throws IOException {
        List<String> lines = lines(expression);
        lines.set(3, lines.get(3).substring(0, lines.get(3).lastIndexOf(',')));
        Path bad = write("short.csv", lines);
        assertThatThrownBy(() -> run(bad, annotation, 20))
                .isInstanceOf(InputDataException.class)
                .hasMessage(bad + ": line 4: has 966 fields, the header has 967");
    }

    @Test
    void anAnnotationInAnotherOrderWithMoreProbesGivesTheSameCalls() throws IOException {
        List<String> lines = lines(annotation);
        List<String> rows = new ArrayList<>(lines.subList(1, lines.size()));
        java.util.Collections.reverse(rows);
        rows.add("\"not_on_the_array\",2099,\"ESR1\",\"ESR1\",\"6q25.1\",,\"a probe the table lacks\"");
        rows.add(0, lines.get(0));
        Path reordered = write("reordered.csv", rows);
        Pam50Result original = run(expression, annotation, 20);
        Pam50Result result = run(expression, reordered, 20);
        assertThat(result.mapping().size()).isEqualTo(original.mapping().size());
        assertThat(result.calls()).usingRecursiveFieldByFieldElementComparator().isEqualTo(original.calls());
        assertThat(result.rorS()).isEqualTo(original.rorS());
    }

    @Test
    void readsASemicolonTableWithTheSameCalls() throws IOException {
        Path semicolons = write(
                "semicolons.csv",
                lines(expression).stream().map(l -> l.replace(',', ';')).toList());
        Pam50Result comma = run(expression, annotation, 20);
        Pam50Result semicolon = run(semicolons, annotation, 20);
        assertThat(semicolon.calls())
                .usingRecursiveFieldByFieldElementComparator()
                .isEqualTo(comma.calls());
    }
}
