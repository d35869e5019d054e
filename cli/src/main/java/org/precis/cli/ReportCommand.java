package org.precis.cli;

import ca.uhn.fhir.context.FhirContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.precis.casework.report.CaseReports;
import org.precis.casework.report.ModelCards;
import org.precis.io.json.JsonMappers;
import org.precis.report.casereport.ReportFonts;
import org.precis.slide.Slides;
import org.precis.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code precis report --case ID -o DIR}: a case's report as HTML, PDF and FHIR R4 JSON from the store. */
@Command(
        name = "report",
        description = "Write a case's report from the store: DIR/ID-vN.html, .pdf and .fhir.json (a FHIR R4 Bundle"
                + " with the PDF). A signed version is built from what its sign-off froze; the export is audited.")
final class ReportCommand implements Callable<Integer> {

    // No mixinStandardHelpOptions: its --version would take the report version's name.
    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help message and exit.")
    boolean help;

    @Option(names = "--case", required = true, paramLabel = "ID", description = "The case id.")
    String caseId;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "DIR",
            description = "The folder to write into (made if missing).")
    Path output;

    @Option(
            names = "--version",
            paramLabel = "N",
            description = "The report version (default: the latest; a draft is reported as a draft).")
    Integer version;

    @Option(names = "--json", description = "Print the files written as JSON.")
    boolean json;

    @Mixin
    SlideFoldersOption slideFolders;

    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (version != null && version < 1) {
            throw new ParameterException(spec.commandLine(), "--version must be 1 or more, not " + version);
        }
        if (!Files.isDirectory(output)) {
            Files.createDirectories(output);
        }
        List<Path> files;
        try (Store store = storeOptions.open();
                Slides engine = Slides.withDefaults()) {
            CaseReports reports = new CaseReports(
                    store.cases(),
                    store.audit(),
                    slideFolders.library(),
                    engine,
                    ModelCards.shipped(),
                    ReportFonts.dejaVu(ReportFonts.DEBIAN_DEJAVU),
                    FhirContext.forR4(),
                    Clock.systemUTC(),
                    "precis " + PrecisCommand.VERSION,
                    JsonMappers.compact());
            files = reports.write(
                    caseId, version == null ? OptionalInt.empty() : OptionalInt.of(version), output, "cli");
        }
        if (json) {
            Map<String, Object> printed = new LinkedHashMap<>();
            printed.put("case", caseId);
            printed.put("html", files.get(0).toString());
            printed.put("pdf", files.get(1).toString());
            printed.put("fhir", files.get(2).toString());
            new JsonPrinter().print(spec.commandLine().getOut(), printed);
        } else {
            files.forEach(file -> spec.commandLine().getOut().println(file));
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
