package org.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.precis.server.cases.AnnotationClass;
import picocli.CommandLine.TypeConversionException;

/** {@code serve --annotation-class NAME=R,G,B}: names with spaces and equals signs, and what is refused. */
class AnnotationClassConverterTest {
    private final AnnotationClassConverter converter = new AnnotationClassConverter();

    @Test
    void aClassIsItsNameAndColour() {
        assertThat(converter.convert("Immune cells=160,90,160"))
                .isEqualTo(new AnnotationClass("Immune cells", List.of(160, 90, 160)));
        assertThat(converter.convert("a=b=1, 2, 3")).isEqualTo(new AnnotationClass("a=b", List.of(1, 2, 3)));
    }

    @Test
    void aMalformedClassIsRefusedSayingWhy() {
        assertThatThrownBy(() -> converter.convert("Tumor"))
                .isInstanceOf(TypeConversionException.class)
                .hasMessage("'Tumor' is not NAME=R,G,B (e.g. Tumor=200,0,0)");
        assertThatThrownBy(() -> converter.convert("Tumor=200,0"))
                .hasMessage("'Tumor=200,0': the colour must be three numbers R,G,B");
        assertThatThrownBy(() -> converter.convert("Tumor=red,0,0"))
                .hasMessage("'Tumor=red,0,0': 'red' is not a whole number 0-255");
        assertThatThrownBy(() -> converter.convert("Tumor=300,0,0"))
                .hasMessage("annotation class colour must be [red, green, blue], three integers 0-255");
    }

    @Test
    void serveRefusesAMalformedClassAsAUsageError() {
        CommandRun run = CommandRun.of("serve", "--annotation-class", "Tumor=300,0,0", "--port", "0");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .startsWith("precis: Invalid value for option '--annotation-class'")
                .contains("0-255");
    }
}
