package org.precis.cli;

import org.precis.table.CsvSeparator;
import picocli.CommandLine.Option;

/** {@code --sep}: the field separator of the CSV tables a command reads. */
final class SeparatorOption {

    @Option(
            names = "--sep",
            defaultValue = "auto",
            paramLabel = "SEP",
            description = "Field separator of the "
                    + "CSV: auto (a semicolon when the header has one and no comma, else a comma), ',', ';' or tab "
                    + "(default ${DEFAULT-VALUE}).")
    String sep;

    CsvSeparator separator() {
        return CsvSeparator.fromOption(sep);
    }
}
