package org.precis.molecular.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.io.file.FileSha256;
import org.precis.table.CsvSeparator;
import org.precis.table.InputDataException;

class ExpressionCsvTest {

    @TempDir
    Path dir;

    @Test
    void readsQuotesCrlfMissingCellsAndKeepsOnlyTheProbesAskedFor() throws IOException {
        Path file = dir.resolve("e.csv");
        Files.writeString(
                file,
                "\ufeff\"sample\",\"a\",\"b\",\"c\",\"d\"\r\n"
                        + "\"s,1\",1.5,NA,,-2e-1\r\n"
                        + "\r\n"
                        + "s2, 3 ,\"4\",NaN,-Inf\r\n",
                StandardCharsets.UTF_8);
        ExpressionMatrix matrix = new ExpressionCsv(CsvSeparator.AUTO).read(file, Set.of("a", "b", "d"));
        assertThat(matrix.samples()).containsExactly("s,1", "s2");
        assertThat(matrix.probes()).containsExactly("a", "b", "c", "d");
        assertThat(matrix.values().keySet()).containsExactlyInAnyOrder("a", "b", "d");
        assertThat(matrix.column("a")).containsExactly(1.5, 3);
        assertThat(matrix.column("b")).containsExactly(Double.NaN, 4);
        assertThat(matrix.column("d")).containsExactly(-0.2, Double.NEGATIVE_INFINITY);
        assertThat(matrix.probesWithValues()).containsExactlyInAnyOrder("a", "b", "d");
        assertThat(matrix.sha256()).isEqualTo(FileSha256.of(file));
    }

    @Test
    void theScanningAutomatonAgreesWithTheFullCheck() throws IOException {
        String[] cells = {
            "1", "-1.", ".5", "+2e10", "1E-3", " 7 ", "7\r", "", " ", "NA", "Inf", "-Inf", "NaN", "x", "1d", "1e",
            "--1", "1.2.3", "n/a", ".", "-", "1 2", "e5", "1e+", "0.001"
        };
        StringBuilder text = new StringBuilder("sample");
        for (int j = 0; j < cells.length; j++) {
            text.append(",p").append(j);
        }
        text.append("\ns1");
        for (String cell : cells) {
            text.append(',').append(cell);
        }
        Path file = Files.writeString(dir.resolve("cells.csv"), text.append('\n'));
        try (CsvFieldStream fields = new CsvFieldStream(file, Files.newInputStream(file), ',')) {
            while (fields.next() == CsvFieldStream.End.SEPARATOR) {}
            fields.next();
            for (String cell : cells) {
                fields.next();
                byte[] b = cell.getBytes(StandardCharsets.US_ASCII);
                int end = cell.endsWith("\r") ? b.length - 1 : b.length;
                assertThat(fields.kind()).as(cell).isEqualTo(ExpressionValue.kind(b, 0, end));
            }
        }
    }

    @Test
    void readsRowsLongerThanTheReadBuffer() throws IOException {
        int probes = 30_000;
        StringBuilder text = new StringBuilder("sample");
        for (int j = 0; j < probes; j++) {
            text.append(",p").append(j);
        }
        text.append('\n');
        for (int i = 0; i < 3; i++) {
            text.append("s").append(i);
            for (int j = 0; j < probes; j++) {
                text.append(',').append(i * 1000 + j % 1000).append(".25");
            }
            text.append('\n');
        }
        Path file = Files.writeString(dir.resolve("wide.csv"), text);
        ExpressionMatrix matrix = new ExpressionCsv(CsvSeparator.COMMA).read(file, Set.of("p0", "p12345", "p29999"));
        assertThat(matrix.column("p12345")).containsExactly(345.25, 1345.25, 2345.25);
        assertThat(matrix.column("p29999")).containsExactly(999.25, 1999.25, 2999.25);
    }

    @Test
    void parsesDecimalsToTheSameDoubleAsJava() {
        Random random = new Random(15);
        for (int t = 0; t < 200_000; t++) {
            int decimals = random.nextInt(17);
            double magnitude = Math.pow(10, random.nextInt(8) - 2);
            String text = String.format(Locale.ROOT, "%." + decimals + "f", (random.nextDouble() - 0.5) * magnitude);
            byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
            assertThat(ExpressionValue.kind(bytes, 0, bytes.length)).isEqualTo(ExpressionValue.Kind.NUMBER);
            assertThat(ExpressionValue.parse(bytes, 0, bytes.length)).as(text).isEqualTo(Double.parseDouble(text));
        }
    }

    @Test
    void tellsNumbersFromText() {
        for (String number : new String[] {"1", "-1.", ".5", "+2e10", "1E-3", "Inf", "-Inf", " 7 "}) {
            byte[] b = number.getBytes(StandardCharsets.US_ASCII);
            assertThat(ExpressionValue.kind(b, 0, b.length)).as(number).isEqualTo(ExpressionValue.Kind.NUMBER);
        }
        for (String missing : new String[] {"", "NA", " ", "NaN"}) {
            byte[] b = missing.getBytes(StandardCharsets.US_ASCII);
            assertThat(ExpressionValue.kind(b, 0, b.length)).as(missing).isEqualTo(ExpressionValue.Kind.MISSING);
        }
        for (String text : new String[] {"x", "1d", "1f", "0x1p3", "1e", "--1", "1.2.3", "n/a", "1,5"}) {
            byte[] b = text.getBytes(StandardCharsets.US_ASCII);
            assertThat(ExpressionValue.kind(b, 0, b.length)).as(text).isEqualTo(ExpressionValue.Kind.NOT_A_NUMBER);
        }
    }

    @Test
    void aQuoteNeverClosedNamesItsLine() throws IOException {
        Path file = Files.writeString(dir.resolve("q.csv"), "sample,a\ns1,1\n\"s2,2\n");
        assertThatThrownBy(() -> new ExpressionCsv(CsvSeparator.AUTO).read(file, Set.of("a")))
                .isInstanceOf(InputDataException.class)
                .hasMessage(file + ": line 3: quoted field never closed");
    }

    @Test
    void anEmptyFileOrAHeaderWithoutProbesIsRefused() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.csv"), "");
        assertThatThrownBy(() -> new ExpressionCsv(CsvSeparator.AUTO).read(empty, Set.of()))
                .hasMessage(empty + ": is empty");
        Path semicolons = Files.writeString(dir.resolve("s.csv"), "sample\ns1\n");
        assertThatThrownBy(() -> new ExpressionCsv(CsvSeparator.AUTO).read(semicolons, Set.of()))
                .hasMessageContaining("the header has no probe columns");
    }
}
