package org.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input through the command line: one line naming the file, exit 1 for data, 2 for usage. */
class BadInputCommandsTest {

    @TempDir
    Path folder;

    @Test
    void anAreaWithoutAVerbIsAUsageErrorWithItsUsageOnStderr() {
        for (String[] args : new String[][] {{}, {"slide"}, {"survival"}, {"federation", "ca"}}) {
            CommandRun run = CommandRun.of(args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).contains("needs a command").contains("Usage:");
        }
    }

    @Test
    void kaplanMeierReadsABomWindows1252AndSemicolons() throws Exception {
        Path bom = folder.resolve("bom.csv");
        byte[] text = "inst,time,status\n1,306,1\n1,455,0\n2,210,1\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xef;
        bytes[1] = (byte) 0xbb;
        bytes[2] = (byte) 0xbf;
        System.arraycopy(text, 0, bytes, 3, text.length);
        Files.write(bom, bytes);
        CommandRun byInst = CommandRun.of(
                "survival", "km", "--data", bom.toString(), "--time", "time", "--event", "status", "--group", "inst");
        assertThat(byInst.exitCode()).as(byInst.err()).isZero();

        Path latin = folder.resolve("latin.csv");
        Files.write(
                latin,
                "site;time;status\nMalmö;306;1\nLund;455;0\nMalmö;210;1\n".getBytes(Charset.forName("windows-1252")));
        CommandRun bySite = CommandRun.of(
                "survival", "km", "--data", latin.toString(), "--time", "time", "--event", "status", "--group", "site");
        assertThat(bySite.exitCode()).as(bySite.err()).isZero();
        assertThat(bySite.out()).contains("Malmö");
        CommandRun given = CommandRun.of(
                "survival", "km", "--data", latin.toString(), "--sep", ";", "--time", "time", "--event", "status");
        assertThat(given.exitCode()).as(given.err()).isZero();
        CommandRun wrongSep = CommandRun.of(
                "survival", "km", "--data", latin.toString(), "--sep", "|", "--time", "time", "--event", "status");
        assertThat(wrongSep.exitCode()).isEqualTo(2);
        assertThat(wrongSep.err().lines()).containsExactly("precis: --sep takes auto, ',', ';' or tab, not '|'");
    }

    @Test
    void aBadRowIsADataFaultAndEveryCommandNamesTheSameLine() throws Exception {
        Path file = folder.resolve("bad.csv");
        Files.writeString(file, "time,status,age\n306,1,74\n455,0,68\n\nsoon,1,60\n210,1,55\n");
        String expected = "precis: " + file + ": line 5: column 'time' must be numeric but holds 'soon'";
        for (String[] args : new String[][] {
            {"survival", "km", "--data", file.toString(), "--time", "time", "--event", "status"},
            {"survival", "cox", "--data", file.toString(), "--time", "time", "--event", "status", "--covariates", "age"
            },
            {
                "survival",
                "concordance",
                "--data",
                file.toString(),
                "--time",
                "time",
                "--event",
                "status",
                "--score",
                "age"
            }
        }) {
            CommandRun run = CommandRun.of(args);
            assertThat(run.exitCode()).as(args[1]).isEqualTo(1);
            assertThat(run.err().lines()).as(args[1]).containsExactly(expected);
        }
    }

    @Test
    void validatingOnAnotherDatasetSaysWhichColumnsTheModelNeeds() throws Exception {
        Path model = folder.resolve("lung.json");
        CommandRun fit = CommandRun.of(
                "survival",
                "cox",
                "--data",
                SurvivalCommandsTest.lung().toString(),
                "--time",
                "time",
                "--event",
                "status",
                "--event-value",
                "2",
                "--covariates",
                "age,sex",
                "--save-model",
                model.toString());
        assertThat(fit.exitCode()).as(fit.err()).isZero();
        Path other = folder.resolve("other.csv");
        Files.writeString(other, "rfstime,rfs,age\n100,1,50\n200,0,60\n");
        CommandRun run = CommandRun.of("survival", "validate", "--model", model.toString(), "--data", other.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines())
                .containsExactly("precis: " + other + ": the model needs columns [time, status, "
                        + "age, sex] but the table lacks [time, status, sex]; it has [rfstime, rfs, age]");
    }

    @Test
    void aSymbolicLinkLoopIsNamedAsOne() throws Exception {
        Path a = folder.resolve("a.csv");
        Path b = folder.resolve("b.csv");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        CommandRun run = CommandRun.of("survival", "km", "--data", a.toString(), "--time", "t", "--event", "e");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).containsExactly("precis: " + a + ": symbolic link loop");
    }

    @Test
    void aTruncatedModelIsOneLineWithoutTheParsersSettings() throws Exception {
        Path model = folder.resolve("lung.json");
        CommandRun fit = CommandRun.of(
                "survival",
                "cox",
                "--data",
                SurvivalCommandsTest.lung().toString(),
                "--time",
                "time",
                "--event",
                "status",
                "--event-value",
                "2",
                "--covariates",
                "age,sex",
                "--save-model",
                model.toString());
        assertThat(fit.exitCode()).as(fit.err()).isZero();
        String json = Files.readString(model);
        Path truncated = folder.resolve("truncated.json");
        Files.writeString(truncated, json.substring(0, json.length() / 2));
        CommandRun run = CommandRun.of(
                "survival",
                "validate",
                "--model",
                truncated.toString(),
                "--data",
                SurvivalCommandsTest.lung().toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines())
                .containsExactly("precis: " + truncated
                        + ": not a saved Cox model: the file ends before its JSON does (truncated?)");
        Path nulls = folder.resolve("nulls.json");
        Files.writeString(nulls, json.replace("\"ties\" : \"EFRON\"", "\"ties\" : null"));
        CommandRun nullRun = CommandRun.of(
                "survival",
                "validate",
                "--model",
                nulls.toString(),
                "--data",
                SurvivalCommandsTest.lung().toString());
        assertThat(nulls).content().contains("\"ties\" : null");
        assertThat(nullRun.exitCode()).isEqualTo(1);
        // Jackson places a missing creator value at the end of its object: the line is the model's last
        assertThat(nullRun.err().lines())
                .containsExactly("precis: " + nulls + ": not a saved Cox model: line "
                        + Files.readString(nulls).lines().count() + ": field 'ties': must not be null");
    }

    @Test
    void aFileWhoseNameIsNotValidUtf8IsOpened() throws Exception {
        // the name's bytes are Latin-1 ("Lund" + 0xF6): Java sees U+FFFD for the 0xF6 byte
        Process python = org.precis.testing.SystemTools.fromLauncher()
                .python(
                        java.util.List.of(),
                        "-c",
                        "import os, sys\n"
                                + "name = os.path.join(os.fsencode(sys.argv[1]), b'Lund\\xf6.csv')\n"
                                + "open(name, 'wb').write(b'time,status\\n306,1\\n455,0\\n210,1\\n')\n",
                        folder.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(python.waitFor()).as(output).isZero();
        String asJavaSeesIt = folder.resolve("Lund\ufffd.csv").toString();
        CommandRun run = CommandRun.of(
                "survival", "km", "--data", asJavaSeesIt, "--time", "time", "--event", "status", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"n\" : 3");
    }
}
