package org.precis.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.precis.casework.AnalysisKind;
import org.precis.casework.CaseWork;
import org.precis.casework.ModelRuntime;
import org.precis.casework.report.FindingValues;
import org.precis.cells.output.PixelRegion;
import org.precis.io.json.JsonMappers;
import org.precis.slide.Slides;
import org.precis.store.Store;
import org.precis.store.cases.AnalysisRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code precis cases analyse CASE KIND}: runs an analysis on a case and records its findings. */
@Command(
        name = "analyse",
        mixinStandardHelpOptions = true,
        description = "Run an analysis on a case and record its findings, overlays and provenance for review:"
                + " qc (tissue, focus, pen), ki67 (IHC slide, whole or a region), grade (Nottingham grade components of a breast H&E"
                + " region), heatmap (a patch model over a slide, --model), npi or risk (a saved Cox model, --model)"
                + " from the clinical data.")
final class CasesAnalyseCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CASE", description = "The case id.")
    String caseId;

    @Parameters(index = "1", paramLabel = "KIND", description = "qc, ki67, grade, heatmap, npi or risk.")
    String kind;

    @Option(
            names = "--slide",
            paramLabel = "SLIDE_ID",
            description = "The case's slide to analyse (qc, ki67, grade, heatmap).")
    String slideId;

    @Option(
            names = "--model",
            paramLabel = "FILE",
            description = "The model: a patch model from patches train (heatmap) or a saved Cox model from"
                    + " survival cox --save-model (risk).")
    Path model;

    @Option(
            names = "--threads",
            defaultValue = "2",
            description = "Inference threads, and a whole-slide Ki67 run's (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(
            names = "--region",
            paramLabel = "X,Y,W,H",
            converter = RegionArgument.class,
            description = "Level-0 pixels to analyse (grade: the tumour area, required on a large slide; ki67:"
                    + " default the slide's tissue, scored tile by tile).")
    PixelRegion region;

    @Mixin
    SlideFoldersOption slideFolders;

    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        AnalysisKind analysisKind = AnalysisKind.parse(kind);
        try (Store store = storeOptions.open();
                Slides engine = Slides.withDefaults()) {
            CaseWork work = new CaseWork(
                    store.cases(),
                    slideFolders.library(),
                    engine,
                    "precis " + PrecisCommand.VERSION,
                    JsonMappers.compact(),
                    Optional.of(new ModelRuntime(slideFolders.dataFolder(), Math.max(1, threads))));
            AnalysisRecord analysis = work.analyse(
                    caseId,
                    analysisKind,
                    Optional.ofNullable(slideId),
                    Optional.ofNullable(region),
                    Optional.ofNullable(model));
            store.audit()
                    .append(
                            "cli",
                            "analysis-recorded",
                            JsonNodeFactory.instance
                                    .objectNode()
                                    .put("case", caseId)
                                    .put("analysis", analysis.id())
                                    .put("kind", analysis.kind()));
            spec.commandLine().getOut().printf("%s: %s analysis %d recorded:", caseId, analysis.kind(), analysis.id());
            analysis.result()
                    .fields()
                    .forEachRemaining(finding -> spec.commandLine()
                            .getOut()
                            .printf(
                                    " %s %s;",
                                    finding.getValue().path("label").asText(),
                                    FindingValues.model(finding.getKey(), finding.getValue())
                                            .display()));
            spec.commandLine().getOut().println();
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
