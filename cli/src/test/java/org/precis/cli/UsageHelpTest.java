package org.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command's help renders: picocli warns on stderr when a description is a bad format string. */
class UsageHelpTest {

    @Test
    void everyCommandsHelpRendersWithoutWarnings() {
        List<CommandLine> commands = new ArrayList<>();
        collect(new CommandLine(new PrecisCommand()), commands);
        assertThat(commands).hasSizeGreaterThan(30);
        PrintStream original = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
        try {
            for (CommandLine command : commands) {
                assertThat(command.getUsageMessage())
                        .as(command.getCommandName())
                        .contains("Usage:");
            }
        } finally {
            System.setErr(original);
        }
        assertThat(warnings.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    private static void collect(CommandLine command, List<CommandLine> into) {
        into.add(command);
        command.getSubcommands().values().stream().distinct().forEach(sub -> collect(sub, into));
    }
}
