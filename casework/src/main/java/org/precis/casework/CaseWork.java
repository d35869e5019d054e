package org.precis.casework;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.precis.casework.grade.GradeCaseAnalysis;
import org.precis.casework.heatmap.HeatmapCaseAnalysis;
import org.precis.casework.ki67.Ki67CaseAnalysis;
import org.precis.casework.library.LibrarySlide;
import org.precis.casework.library.SlideLibrary;
import org.precis.casework.npi.NpiCaseAnalysis;
import org.precis.casework.qc.TissueQcCaseAnalysis;
import org.precis.casework.report.ModelCards;
import org.precis.casework.risk.RiskCaseAnalysis;
import org.precis.cells.output.PixelRegion;
import org.precis.embed.EncoderException;
import org.precis.io.file.FileSha256;
import org.precis.slide.SlideException;
import org.precis.slide.Slides;
import org.precis.store.cases.AnalysisRecord;
import org.precis.store.cases.CaseRecord;
import org.precis.store.cases.Cases;
import org.precis.store.cases.NewAnalysis;
import org.precis.store.cases.NewOverlay;
import org.precis.store.cases.SlideRef;

/**
 * The workstation's jobs on a case, shared by the command line and the server: put a library
 * slide on a case (with its SHA-256), run an analysis and record it with its overlays in one
 * transaction.
 */
public final class CaseWork {
    private final Cases cases;
    private final SlideLibrary library;
    private final Slides engine;
    private final String software;
    private final ObjectMapper json;
    private final Optional<ModelRuntime> models;
    private final ModelCards cards = ModelCards.shipped();

    /** Case work without the analyses that run a learned model's encoder (heatmap). */
    public CaseWork(Cases cases, SlideLibrary library, Slides engine, String software, ObjectMapper json) {
        this(cases, library, engine, software, json, Optional.empty());
    }

    /** @param models where the shipped encoders are and how many threads run them */
    public CaseWork(
            Cases cases,
            SlideLibrary library,
            Slides engine,
            String software,
            ObjectMapper json,
            Optional<ModelRuntime> models) {
        this.cases = cases;
        this.library = library;
        this.engine = engine;
        this.software = software;
        this.json = json;
        this.models = models;
    }

    /** Puts a slide of the library on a case. */
    public SlideRef addSlide(String caseId, String slideId) throws IOException {
        LibrarySlide slide = slide(slideId);
        SlideRef ref =
                new SlideRef(slide.id(), slide.relativePath().toString(), slide.name(), FileSha256.of(slide.file()));
        cases.addSlide(caseId, ref);
        return ref;
    }

    /** Runs an analysis that takes no model file on a case and records it. */
    public AnalysisRecord analyse(
            String caseId, AnalysisKind kind, Optional<String> slideId, Optional<PixelRegion> region)
            throws IOException, SlideException, EncoderException {
        return analyse(caseId, kind, slideId, region, Optional.empty());
    }

    /**
     * Runs an analysis on a case (on one of its slides where the kind needs one, with the model
     * file where it needs one) and records it.
     */
    public AnalysisRecord analyse(
            String caseId,
            AnalysisKind kind,
            Optional<String> slideId,
            Optional<PixelRegion> region,
            Optional<Path> model)
            throws IOException, SlideException, EncoderException {
        CaseRecord record = requireRunnable(caseId, kind, slideId, model.isPresent());
        CaseAnalysis analysis = switch (kind) {
            case QC ->
                new TissueQcCaseAnalysis(software)
                        .run(engine, slide(slideId.get()).file(), slideId.get());
            case KI67 -> ki67(slide(slideId.get()), region);
            case GRADE -> grade(slide(slideId.get()), region);
            case NPI -> new NpiCaseAnalysis(software).run(caseId, clinical(record.clinical()));
            case HEATMAP -> heatmap(slide(slideId.get()), model.get());
            case RISK -> new RiskCaseAnalysis(software).run(caseId, clinical(record.clinical()), model.get());
        };
        analysis = withModelIdentity(analysis);
        CaseAnalysisJson converter = new CaseAnalysisJson(json);
        List<NewOverlay> overlays = analysis.overlays().stream()
                .map(o -> new NewOverlay(o.kind(), o.label(), o.mediaType(), o.view(), o.content()))
                .toList();
        return cases.recordAnalysis(
                caseId,
                new NewAnalysis(
                        analysis.kind(),
                        analysis.slideId(),
                        converter.result(analysis),
                        converter.provenance(analysis)),
                overlays);
    }

    /**
     * Refuses, before any work, an analysis that could not run or be recorded: the case, its slide
     * (on the case and in the slide folders) where the kind needs one, the model file where it needs
     * one, the shipped encoders where it runs them, and a case still open to changes.
     *
     * @return the case
     * @throws IllegalArgumentException naming what is missing or wrong
     * @throws IllegalStateException when the case is signed
     */
    public CaseRecord requireRunnable(String caseId, AnalysisKind kind, Optional<String> slideId, boolean modelGiven) {
        CaseRecord record =
                cases.find(caseId).orElseThrow(() -> new IllegalArgumentException("no case '" + caseId + "'"));
        if (!record.status().editable()) {
            throw new IllegalStateException("case " + caseId + " is signed; amend it first");
        }
        if (kind.needsSlide() && slideId.isEmpty()) {
            throw new IllegalArgumentException("the " + kind.label() + " analysis needs a slide of case " + caseId);
        }
        if (kind.needsModel() != modelGiven) {
            throw new IllegalArgumentException("the " + kind.label() + " analysis "
                    + (kind.needsModel() ? "needs a model file" : "takes no model file"));
        }
        if (kind.needsEncoders() && models.isEmpty()) {
            throw new IllegalArgumentException("the " + kind.label()
                    + " analysis needs the shipped encoders: give the data folder that holds models/ (--data DIR)");
        }
        if (kind.needsSlide()) {
            String slideIdGiven = slideId.get();
            if (cases.slides(caseId).stream().noneMatch(s -> s.slideId().equals(slideIdGiven))) {
                throw new IllegalArgumentException("case " + caseId + " has no slide '" + slideIdGiven + "'");
            }
            slide(slideIdGiven);
        }
        return record;
    }

    /**
     * Records which model card covers the analysis and its SHA-256 in the provenance, so that a
     * signed report names the model as it was when the analysis ran.
     */
    private CaseAnalysis withModelIdentity(CaseAnalysis analysis) {
        return cards.forKind(analysis.kind())
                .map(card -> {
                    Map<String, Object> provenance = new LinkedHashMap<>(analysis.provenance());
                    provenance.put("model_id", card.id());
                    // a model given as a file keeps that file's SHA-256; a shipped method is its card's
                    provenance.putIfAbsent("model_sha256", card.sha256());
                    return new CaseAnalysis(
                            analysis.kind(), analysis.slideId(), analysis.findings(), analysis.overlays(), provenance);
                })
                .orElse(analysis);
    }

    private CaseAnalysis ki67(LibrarySlide slide, Optional<PixelRegion> region) throws IOException, SlideException {
        Path work = Files.createTempDirectory("precis-ki67-");
        try {
            return new Ki67CaseAnalysis(models.map(ModelRuntime::threads).orElse(1), software)
                    .run(slide.file(), slide.id(), region, work);
        } finally {
            Files.deleteIfExists(work);
        }
    }

    private CaseAnalysis grade(LibrarySlide slide, Optional<PixelRegion> region)
            throws IOException, SlideException, EncoderException {
        ModelRuntime runtime = models.orElseThrow();
        Path work = Files.createTempDirectory("precis-grade-");
        try {
            return new GradeCaseAnalysis(runtime.dataRoot(), runtime.threads(), software)
                    .run(slide.file(), slide.id(), region, work);
        } finally {
            Files.deleteIfExists(work);
        }
    }

    private CaseAnalysis heatmap(LibrarySlide slide, Path model) throws IOException, SlideException, EncoderException {
        ModelRuntime runtime = models.orElseThrow();
        return new HeatmapCaseAnalysis(runtime.dataRoot(), runtime.threads(), software)
                .run(engine, slide.file(), slide.id(), model);
    }

    private LibrarySlide slide(String slideId) {
        return library.find(slideId)
                .orElseThrow(() -> new IllegalArgumentException(
                        "no slide '" + slideId + "' in the slide folders " + library.roots()));
    }

    private Map<String, Object> clinical(JsonNode clinical) {
        return json.convertValue(
                clinical, json.getTypeFactory().constructMapType(Map.class, String.class, Object.class));
    }
}
