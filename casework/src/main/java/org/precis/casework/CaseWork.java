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
import org.precis.casework.ki67.Ki67CaseAnalysis;
import org.precis.casework.library.LibrarySlide;
import org.precis.casework.library.SlideLibrary;
import org.precis.casework.npi.NpiCaseAnalysis;
import org.precis.casework.qc.TissueQcCaseAnalysis;
import org.precis.casework.report.ModelCards;
import org.precis.cells.output.PixelRegion;
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
    private final ModelCards cards = ModelCards.shipped();

    public CaseWork(Cases cases, SlideLibrary library, Slides engine, String software, ObjectMapper json) {
        this.cases = cases;
        this.library = library;
        this.engine = engine;
        this.software = software;
        this.json = json;
    }

    /** Puts a slide of the library on a case. */
    public SlideRef addSlide(String caseId, String slideId) throws IOException {
        LibrarySlide slide = slide(slideId);
        SlideRef ref =
                new SlideRef(slide.id(), slide.relativePath().toString(), slide.name(), FileSha256.of(slide.file()));
        cases.addSlide(caseId, ref);
        return ref;
    }

    /** Runs an analysis on a case (on one of its slides where the kind needs one) and records it. */
    public AnalysisRecord analyse(
            String caseId, AnalysisKind kind, Optional<String> slideId, Optional<PixelRegion> region)
            throws IOException, SlideException {
        CaseRecord record =
                cases.find(caseId).orElseThrow(() -> new IllegalArgumentException("no case '" + caseId + "'"));
        if (kind.needsSlide() && slideId.isEmpty()) {
            throw new IllegalArgumentException("the " + kind.label() + " analysis needs a slide of case " + caseId);
        }
        CaseAnalysis analysis = switch (kind) {
            case QC ->
                new TissueQcCaseAnalysis(software)
                        .run(engine, caseSlide(caseId, slideId.get()).file(), slideId.get());
            case KI67 -> ki67(caseSlide(caseId, slideId.get()), region);
            case NPI -> new NpiCaseAnalysis(software).run(caseId, clinical(record.clinical()));
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
     * Records which model card covers the analysis and its SHA-256 in the provenance, so that a
     * signed report names the model as it was when the analysis ran.
     */
    private CaseAnalysis withModelIdentity(CaseAnalysis analysis) {
        return cards.forKind(analysis.kind())
                .map(card -> {
                    Map<String, Object> provenance = new LinkedHashMap<>(analysis.provenance());
                    provenance.put("model_id", card.id());
                    provenance.put("model_sha256", card.sha256());
                    return new CaseAnalysis(
                            analysis.kind(), analysis.slideId(), analysis.findings(), analysis.overlays(), provenance);
                })
                .orElse(analysis);
    }

    private CaseAnalysis ki67(LibrarySlide slide, Optional<PixelRegion> region) throws IOException, SlideException {
        Path work = Files.createTempDirectory("precis-ki67-");
        try {
            return new Ki67CaseAnalysis(software).run(slide.file(), slide.id(), region, work);
        } finally {
            Files.deleteIfExists(work);
        }
    }

    private LibrarySlide slide(String slideId) {
        return library.find(slideId)
                .orElseThrow(() -> new IllegalArgumentException(
                        "no slide '" + slideId + "' in the slide folders " + library.roots()));
    }

    private LibrarySlide caseSlide(String caseId, String slideId) {
        boolean onCase = cases.slides(caseId).stream().anyMatch(s -> s.slideId().equals(slideId));
        if (!onCase) {
            throw new IllegalArgumentException("case " + caseId + " has no slide '" + slideId + "'");
        }
        return slide(slideId);
    }

    private Map<String, Object> clinical(JsonNode clinical) {
        return json.convertValue(
                clinical, json.getTypeFactory().constructMapType(Map.class, String.class, Object.class));
    }
}
