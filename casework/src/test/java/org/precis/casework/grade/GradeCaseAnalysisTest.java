package org.precis.casework.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.casework.AnalysisKind;
import org.precis.casework.CaseStoreFixture;
import org.precis.casework.report.ReportFormat;
import org.precis.cells.classify.CellClassifier;
import org.precis.cells.classify.CellClassifierModels;
import org.precis.cells.grade.ClassifiedFields;
import org.precis.cells.grade.GradeAssessment;
import org.precis.cells.grade.GradeComponents;
import org.precis.cells.grade.GradeSettings;
import org.precis.cells.grade.GradingField;
import org.precis.cells.nuclei.Nucleus;
import org.precis.cells.nuclei.classical.ClassicalDetectorSettings;
import org.precis.cells.nuclei.classical.ClassicalNucleusDetector;
import org.precis.cells.output.PixelRegion;
import org.precis.embed.OnnxEncoderOptions;
import org.precis.fhir.FhirJson;
import org.precis.fhir.FhirValidation;
import org.precis.fhir.ValidationReport;
import org.precis.slide.RegionRequest;
import org.precis.slide.RgbImage;
import org.precis.slide.Slide;
import org.precis.slide.SlideException;
import org.precis.slide.Slides;
import org.precis.store.cases.AnalysisRecord;
import org.precis.store.cases.CaseRecord;
import org.precis.store.cases.NewCase;
import org.precis.store.cases.NewOverlay;
import org.precis.testing.SampleData;

/**
 * The grade components of a region of a real H&amp;E slide through the case work into an H2 store:
 * the findings are what the cells module's grading gives on the same pixels, the overlay holds the
 * classed nuclei in level-0 pixels, the report's FHIR bundle carries the Nottingham LOINC codes and
 * validates, and a region outside the slide is refused in one line.
 */
class GradeCaseAnalysisTest {

    private static final String SLIDE = "CMU-1-Small-Region.svs";
    private static final PixelRegion REGION = new PixelRegion(600, 700, 1000, 1000);
    private static final Set<String> CLASSES = Set.of("Tumor", "Non-tumor", "Mitosis", "Apoptosis");

    @TempDir
    Path folder;

    /** The cells module's grading of the same pixels, as {@code precis cells grade} does it. */
    private static GradeAssessment expected() throws Exception {
        RgbImage image;
        double mpp;
        try (Slides slides = Slides.withDefaults();
                Slide slide = slides.open(SampleData.path("samples/wsi/" + SLIDE))) {
            mpp = slide.pixelSize().orElseThrow().mpp();
            image = slide.readRegion(RegionRequest.atLevel(0, REGION.x(), REGION.y(), 1000, 1000));
        }
        List<Nucleus> found = new ClassicalNucleusDetector(ClassicalDetectorSettings.defaults()).detect(image, mpp);
        GradingField field;
        try (CellClassifier classifier = CellClassifier.open(
                new CellClassifierModels().shipped(), SampleData.root(), new OnnxEncoderOptions(2, 32))) {
            field = new ClassifiedFields(classifier).detectedField(SLIDE, image, mpp, found);
        }
        return new GradeComponents(new GradeSettings(0.50, 25, 2000, 0.95))
                .assess(List.of(field), new SplittableRandom(20261206L));
    }

    @Test
    void recordsTheGradeComponentsTheClassedNucleiAndAValidFhirReport() throws Exception {
        GradeAssessment expected = expected();
        try (CaseStoreFixture fixture = new CaseStoreFixture(folder)) {
            CaseRecord record = fixture.store()
                    .cases()
                    .create(new NewCase(
                            "PSEUDO-BREAST-1",
                            "Breast, core biopsy",
                            fixture.json().createObjectNode()));
            fixture.work().addSlide(record.caseId(), SLIDE);
            AnalysisRecord analysis = fixture.work()
                    .analyse(record.caseId(), AnalysisKind.GRADE, Optional.of(SLIDE), Optional.of(REGION));

            JsonNode result = analysis.result();
            var mitotic = expected.mitoticActivity();
            assertThat(result.at("/mitotic_count/value").asDouble()).isEqualTo(mitotic.hotSpotCountPer10Hpf());
            assertThat(result.at("/mitotic_count/interval/0").asDouble())
                    .isEqualTo(expected.mitoticUncertainty().lower());
            assertThat(result.at("/mitotic_count/interval/1").asDouble())
                    .isEqualTo(expected.mitoticUncertainty().upper());
            assertThat(result.at("/mitoses_per_mm2/value").asDouble()).isEqualTo(mitotic.perMm2());
            assertThat(result.at("/mitotic_rate_score/value").asInt())
                    .isEqualTo(mitotic.score())
                    .isBetween(1, 3);
            assertThat(result.has("nuclear_pleomorphism_score"))
                    .isEqualTo(expected.pleomorphism().isPresent());
            expected.pleomorphism()
                    .ifPresent(p -> assertThat(result.at("/nuclear_pleomorphism_score/value")
                                    .asInt())
                            .isEqualTo(p.score()));
            assertThat(result.has("nottingham_grade"))
                    .isEqualTo(expected.grade().isPresent());
            expected.grade()
                    .ifPresent(
                            g -> assertThat(result.at("/nottingham_grade/value").asText())
                                    .isEqualTo(Integer.toString(g.number())));

            JsonNode provenance = analysis.provenance();
            assertThat(provenance.get("model_id").asText()).isEqualTo("breast-cell-classes");
            assertThat(provenance.get("slide_mpp").asDouble()).isCloseTo(0.499, within(1e-3));
            assertThat(provenance.at("/parameters/region").asText()).isEqualTo(REGION.toString());
            assertThat(provenance.get("research_use").asText()).contains("not a diagnosis");

            NewOverlay cells = fixture.store()
                    .cases()
                    .overlay(analysis.id(), "grade-cells")
                    .orElseThrow();
            assertThat(cells.view()).isEqualTo("class");
            JsonNode features = fixture.json().readTree(cells.content()).get("features");
            assertThat(features.size()).isGreaterThan(100);
            Set<String> seen = new HashSet<>();
            for (JsonNode feature : features) {
                seen.add(feature.at("/properties/classification/name").asText());
                double x = feature.at("/properties/measurements/Centroid X px").asDouble();
                double y = feature.at("/properties/measurements/Centroid Y px").asDouble();
                assertThat(x).isBetween(600.0, 1600.0);
                assertThat(y).isBetween(700.0, 1700.0);
            }
            assertThat(seen).isSubsetOf(CLASSES).contains("Tumor");

            byte[] fhir = fixture.reports()
                    .export(record.caseId(), OptionalInt.empty(), ReportFormat.FHIR, "test")
                    .content();
            FhirContext context = FhirContext.forR4();
            Bundle bundle = new FhirJson(context).readBundle(new String(fhir, StandardCharsets.UTF_8), "grade bundle");
            ValidationReport validation = new FhirValidation(context).validate(bundle);
            assertThat(validation.errors()).isEmpty();
            Set<String> loinc = new HashSet<>();
            bundle.getEntry().stream()
                    .map(Bundle.BundleEntryComponent::getResource)
                    .filter(Observation.class::isInstance)
                    .map(Observation.class::cast)
                    .forEach(o -> o.getCode().getCoding().forEach(c -> loinc.add(c.getCode())));
            assertThat(loinc).contains("85300-2"); // mitotic rate score
            if (expected.pleomorphism().isPresent()) {
                assertThat(loinc).contains("44645-0");
            }
            if (expected.grade().isPresent()) {
                assertThat(loinc).contains("44648-4");
            }
        }
    }

    @Test
    void aRegionOutsideTheSlideIsRefusedInOneLineAndNothingIsRecorded() throws Exception {
        try (CaseStoreFixture fixture = new CaseStoreFixture(folder)) {
            CaseRecord record = fixture.store()
                    .cases()
                    .create(new NewCase(
                            "PSEUDO-BREAST-2", "Breast", fixture.json().createObjectNode()));
            fixture.work().addSlide(record.caseId(), SLIDE);
            assertThatThrownBy(() -> fixture.work()
                            .analyse(
                                    record.caseId(),
                                    AnalysisKind.GRADE,
                                    Optional.of(SLIDE),
                                    Optional.of(new PixelRegion(0, 0, 5000, 5000))))
                    .isInstanceOf(SlideException.class)
                    .hasMessageContaining("outside the image")
                    .hasMessageNotContaining("\n");
            assertThat(fixture.store().cases().analyses(record.caseId())).isEmpty();
        }
    }
}
