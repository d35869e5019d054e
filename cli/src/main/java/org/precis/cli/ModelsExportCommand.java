package org.precis.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.precis.io.file.AtomicFile;
import org.precis.io.file.FileSha256;
import org.precis.store.Store;
import org.precis.store.models.ModelExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code precis models export NAME [--version V] -o FILE}: a version's file, checked and written whole. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Write a version's file (default: the production version), checked against its SHA-256"
                + " before and after writing; the file appears only when complete.")
final class ModelsExportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NAME", description = "The model.")
    String name;

    @Option(names = "--version", paramLabel = "V", description = "The version (default: production).")
    Integer version;

    @Option(names = "-o", required = true, paramLabel = "FILE", description = "Where to write it.")
    Path output;

    @Option(names = "--json", description = "Print what was written as JSON.")
    boolean json;

    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ModelExport export;
        try (Store store = storeOptions.open()) {
            export = store.models().export(name, Optional.ofNullable(version), "cli");
        }
        String sha256 = export.version().fileSha256();
        byte[] bytes = export.file();
        AtomicFile.writeFile(output, temporary -> {
            Files.write(temporary, bytes);
            String written = FileSha256.of(temporary);
            if (!written.equals(sha256)) {
                throw new IOException("the written file's SHA-256 is " + written + ", not " + sha256);
            }
        });
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            new JsonPrinter()
                    .print(
                            out,
                            ModelsJson.version(export.version())
                                    .put("exported_to", output.toString())
                                    .put("exported_sha256", sha256));
            return 0;
        }
        out.printf(
                "%s v%d (%s) written to %s, sha256 %s%n",
                export.version().name(),
                export.version().version(),
                export.version().status().label(),
                output,
                sha256);
        out.flush();
        return 0;
    }
}
