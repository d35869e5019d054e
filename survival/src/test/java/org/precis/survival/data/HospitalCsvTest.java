package org.precis.survival.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.table.CsvSeparator;
import org.precis.table.InputDataException;

/** CSV files as hospitals export them, written here byte by byte: each reads, or fails naming the file and line. */
class HospitalCsvTest {
    @TempDir
    Path folder;

    @Test
    void aUtf8ByteOrderMarkIsNotPartOfTheFirstColumnName() throws Exception {
        Path file = folder.resolve("bom.csv");
        byte[] text = "inst,time,status\n3,306,2\n3,455,2\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xef;
        bytes[1] = (byte) 0xbb;
        bytes[2] = (byte) 0xbf;
        System.arraycopy(text, 0, bytes, 3, text.length);
        Files.write(file, bytes);
        SurvivalTable table = SurvivalTable.readCsv(file);
        assertThat(table.columnNames()).containsExactly("inst", "time", "status");
        assertThat(table.column("inst").number(1).getAsDouble()).isEqualTo(3);
    }

    @Test
    void windows1252TextIsRead() throws Exception {
        Path file = folder.resolve("latin.csv");
        Files.write(file, "site,time,status\nMalmö,306,2\nGöteborg,455,1\n".getBytes(Charset.forName("windows-1252")));
        SurvivalTable table = SurvivalTable.readCsv(file);
        assertThat(table.column("site").text(0)).contains("Malmö");
        assertThat(table.column("site").text(1)).contains("Göteborg");
    }

    @Test
    void semicolonsAreTakenFromTheHeaderOrGiven() throws Exception {
        Path file = folder.resolve("semicolon.csv");
        Files.writeString(file, "time;status;age\n306;2;74\n455;2;68\n");
        SurvivalTable detected = SurvivalTable.readCsv(file);
        assertThat(detected.columnNames()).containsExactly("time", "status", "age");
        assertThat(detected.column("age").number(1).getAsDouble()).isEqualTo(68);
        SurvivalTable given = SurvivalTable.readCsv(file, CsvSeparator.SEMICOLON);
        assertThat(given.column("time").number(0).getAsDouble()).isEqualTo(306);
        assertThatThrownBy(() -> SurvivalTable.readCsv(file, CsvSeparator.COMMA).column("time"))
                .hasMessage("unknown column 'time' in " + file + "; the table has [time;status;age]");
    }

    @Test
    void aBadRowNamesTheFileAndItsLineCountingTheHeaderAsLineOne() throws Exception {
        Path file = folder.resolve("bad.csv");
        // line 1 header, line 2 a row, line 3 blank, line 4 a quoted field over two lines, line 6 the bad row
        Files.writeString(file, "time,status,note\n306,2,a\n\n455,2,\"two\nlines\"\nabc,1,c\n");
        SurvivalTable table = SurvivalTable.readCsv(file);
        assertThatThrownBy(() -> table.numericColumn("time"))
                .isInstanceOf(InputDataException.class)
                .hasMessage(file + ": line 6: column 'time' must be numeric but holds 'abc'");
        Path ragged = folder.resolve("ragged.csv");
        Files.writeString(ragged, "time;status\n1;2\n3\n");
        assertThatThrownBy(() -> SurvivalTable.readCsv(ragged))
                .isInstanceOf(InputDataException.class)
                .hasMessage(ragged + ": line 3: has 1 fields but the header has 2 (separator ';')");
    }

    @Test
    void kaplanMeierAndCoxNameTheSameLineForTheSameRow() throws Exception {
        Path file = folder.resolve("weights.csv");
        Files.writeString(file, "time,status,x,w\n4,1,1,1\n\n2,1,2,0\n3,0,3,1\n5,1,1,-1\n");
        SurvivalTable table = SurvivalTable.readCsv(file);
        assertThatThrownBy(() -> CoxDesign.builder()
                        .time("time")
                        .event("status")
                        .covariates("x")
                        .weights("w")
                        .on(table))
                .hasMessage(file + ": line 4: weight 'w' = 0 must be a finite number > 0");
        Path negative = folder.resolve("negative.csv");
        Files.writeString(negative, "time,status\n4,1\n\n-2,1\n");
        assertThatThrownBy(() -> new OutcomeColumns("time", "status", EventCoding.anyNonZero())
                        .select(SurvivalTable.readCsv(negative)))
                .hasMessage(negative + ": line 4: time 'time' = -2 must be a finite number >= 0");
    }
}
