package org.precis.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTextTest {
    @TempDir
    Path folder;

    @Test
    void readsUtf8WithAByteOrderMarkWindows1252AndSemicolons() throws Exception {
        Path bom = folder.resolve("bom.csv");
        Files.write(
                bom,
                concat(
                        new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf},
                        "inst,site\n1,Malmö\n".getBytes(StandardCharsets.UTF_8)));
        CsvText utf8 = CsvText.read(bom, CsvSeparator.AUTO);
        assertThat(utf8.text()).isEqualTo("inst,site\n1,Malmö\n");
        assertThat(utf8.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(utf8.separator()).isEqualTo(CsvSeparator.COMMA);

        Path latin = folder.resolve("latin.csv");
        Files.write(latin, "inst;site\n1;Malmö\n".getBytes(Charset.forName("windows-1252")));
        CsvText windows = CsvText.read(latin, CsvSeparator.AUTO);
        assertThat(windows.text()).isEqualTo("inst;site\n1;Malmö\n");
        assertThat(windows.charset().name()).isEqualTo("windows-1252");
        assertThat(windows.separator()).isEqualTo(CsvSeparator.SEMICOLON);
        CsvRecords records = windows.records();
        assertThat(records.next().line()).isEqualTo(1);
        CsvRecords.CsvRecord row = records.next();
        assertThat(row.line()).isEqualTo(2);
        assertThat(row.fields().get(1).value()).isEqualTo("Malmö");
        assertThat(records.next().isEnd()).isTrue();
    }

    @Test
    void anUnclosedQuoteNamesTheFileAndTheLineItOpensOn() throws Exception {
        Path file = folder.resolve("quote.csv");
        Files.writeString(file, "a,b\n1,2\n3,\"open\n\n");
        CsvRecords records = CsvText.read(file, CsvSeparator.AUTO).records();
        records.next();
        records.next();
        assertThatThrownBy(records::next)
                .isInstanceOf(InputDataException.class)
                .hasMessage(file + ": line 3: quoted field never closed");
    }

    @Test
    void theSeparatorOptionTakesItsNamesAndRefusesOthers() {
        assertThat(CsvSeparator.fromOption(";")).isEqualTo(CsvSeparator.SEMICOLON);
        assertThat(CsvSeparator.fromOption("tab")).isEqualTo(CsvSeparator.TAB);
        assertThat(CsvSeparator.AUTO.resolve("a\tb")).isEqualTo(CsvSeparator.TAB);
        assertThatThrownBy(() -> CsvSeparator.fromOption("|")).hasMessage("--sep takes auto, ',', ';' or tab, not '|'");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
