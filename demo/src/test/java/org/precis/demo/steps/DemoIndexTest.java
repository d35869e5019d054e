package org.precis.demo.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run echoes and times each step and goes on after a failure; the index lists every file under
 * the output folder with what it shows and the command that wrote it, undescribed files as such.
 */
class DemoIndexTest {
    @TempDir
    Path folder;

    @Test
    void everyFileIsListedWithWhatItShowsAndTheCommandThatWroteIt() throws Exception {
        // the runner writes what each command line names after -o, as the real commands would
        CommandRunner runner = arguments -> {
            try {
                Path file = Path.of(arguments.get(arguments.indexOf("-o") + 1));
                Files.createDirectories(file.getParent());
                Files.writeString(file, "x");
                return arguments.contains("fail") ? 1 : 0;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        DemoSection section = new DemoSection(
                "part",
                "what the part shows",
                List.of(
                        new DemoStep(
                                List.of(
                                        "slide",
                                        "thumbnail",
                                        "-o",
                                        folder.resolve("a.thumbnail.png").toString()),
                                List.of(new OutputDescription("*.thumbnail.png", "the whole slide"))),
                        new DemoStep(
                                List.of(
                                        "slide",
                                        "fail",
                                        "-o",
                                        folder.resolve("qc/b <1>.json").toString()),
                                List.of(
                                        new OutputDescription("qc", "quality control"),
                                        new OutputDescription("qc/*.json", "a report"))),
                        new DemoStep(
                                List.of(
                                        "other",
                                        "-o",
                                        folder.resolve("stray.txt").toString()),
                                List.of())),
                List.of("one slide is left out, and why"));
        StringWriter printed = new StringWriter();
        AtomicLong nanos = new AtomicLong();
        DemoOutcome outcome = new DemoRun(
                        runner,
                        new EchoedCommand(folder),
                        new PrintWriter(printed),
                        () -> nanos.addAndGet(500_000_000L))
                .run(List.of(section));

        assertThat(outcome.steps()).isEqualTo(3);
        assertThat(outcome.failed()).isEqualTo(1);
        assertThat(outcome.worstExitCode()).isEqualTo(1);
        assertThat(printed.toString())
                .contains(
                        "== part: what the part shows",
                        "note: one slide is left out, and why",
                        "$ ./precis slide thumbnail -o a.thumbnail.png",
                        "$ ./precis slide fail -o 'qc/b <1>.json'",
                        "[0.5 s, FAILED with exit code 1]",
                        "part: 3 commands, 1 failed");

        new DemoIndex(folder).write(outcome);
        String text = Files.readString(folder.resolve(DemoIndex.TEXT), StandardCharsets.UTF_8);
        assertThat(text)
                .containsPattern("\\ba\\.thumbnail\\.png +the whole slide\\n")
                .containsPattern("\\nqc/ +quality control\\n")
                .containsPattern("\\nqc/b <1>\\.json +a report\\n")
                .containsPattern("\\nstray\\.txt +not described by any step\\n")
                .contains("note: one slide is left out, and why");
        String html = Files.readString(folder.resolve(DemoIndex.HTML), StandardCharsets.UTF_8);
        assertThat(html)
                .contains("<a href=\"a.thumbnail.png\">a.thumbnail.png</a></td><td>the whole slide</td><td>"
                        + "<code>./precis slide thumbnail -o a.thumbnail.png</code>")
                .contains("<a href=\"qc/b%20%3C1%3E.json\">qc/b &lt;1&gt;.json</a>")
                .contains("<h2>Other files</h2>")
                .contains("<b>Note:</b> one slide is left out, and why");
    }
}
