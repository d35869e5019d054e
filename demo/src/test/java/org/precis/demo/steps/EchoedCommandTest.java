package org.precis.demo.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An echoed step is a command line a POSIX shell in the working folder runs as the demo ran it. */
class EchoedCommandTest {
    private final EchoedCommand echo = new EchoedCommand(Path.of("/work/precis"));

    @Test
    void pathsNearTheWorkingFolderAreWrittenRelativeToIt() {
        assertThat(echo.text(List.of("slide", "info", "/work/shared/samples/wsi/a.svs", "-o", "/work/precis/out/demo")))
                .isEqualTo("./precis slide info ../shared/samples/wsi/a.svs -o out/demo");
        // far away, a relative path would only be harder to read
        assertThat(echo.text(List.of("--data", "/srv/data/precis/shared")))
                .isEqualTo("./precis --data /srv/data/precis/shared");
    }

    @Test
    void wordsAShellWouldSplitOrExpandAreQuoted() {
        assertThat(echo.text(List.of("survival", "cox", "--ref", "size=<=20", "--covariates", "age,sex,ph.ecog")))
                .isEqualTo("./precis survival cox --ref 'size=<=20' --covariates age,sex,ph.ecog");
        assertThat(EchoedCommand.quoted("it's here")).isEqualTo("'it'\\''s here'");
        assertThat(EchoedCommand.quoted("$HOME *")).isEqualTo("'$HOME *'");
    }
}
