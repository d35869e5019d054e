package org.precis.casework.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.precis.casework.AnalysisKind;
import org.precis.casework.CaseWork;
import org.precis.casework.library.SlideLibrary;
import org.precis.fhir.FhirJson;
import org.precis.fhir.FhirValidation;
import org.precis.fhir.ValidationReport;
import org.precis.io.file.FileSha256;
import org.precis.io.json.JsonMappers;
import org.precis.report.casereport.CaseReport;
import org.precis.report.casereport.CaseReportHtml;
import org.precis.report.casereport.FindingValue;
import org.precis.report.casereport.ModelCard;
import org.precis.report.casereport.ReportFonts;
import org.precis.report.casereport.ReportStatus;
import org.precis.report.casereport.ReportedFinding;
import org.precis.report.casereport.ReviewDecision;
import org.precis.report.casereport.SignatureMeaning;
import org.precis.slide.Slides;
import org.precis.store.Backend;
import org.precis.store.Store;
import org.precis.store.StoreFixture;
import org.precis.store.audit.AuditEntry;
import org.precis.store.cases.AnalysisRecord;
import org.precis.store.cases.Cases;
import org.precis.store.cases.NewCase;
import org.precis.store.users.Role;
import org.precis.store.users.User;
import org.precis.testing.PostgresServer;
import org.precis.testing.PostgresServerExtension;
import org.precis.testing.SampleData;
import org.precis.testing.SystemTools;

/**
 * A breast case in a real store with real analyses (tissue QC on a sample slide, the NPI from the
 * clinical data), reviewed, signed, amended and signed again, reported as HTML, PDF and FHIR. The
 * whole class runs twice, on the embedded H2 store and on PostgreSQL, each with a fresh database.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
@ExtendWith(PostgresServerExtension.class)
class CaseReportsTest {

    private static final String CASE = "BR-2026-0007";
    private static final String SLIDE = "CMU-1-Small-Region.svs";
    private static final Instant RENDERED = Instant.parse("2026-12-10T09:00:00Z");
    private static final ObjectMapper JSON = JsonMappers.compact();
    private static final FhirContext FHIR = FhirContext.forR4();

    @TempDir
    static Path temp;

    /** The store this run of the class uses: JUnit hands it to the set-up only when the class declares it. */
    @Parameter
    Backend backend;

    /** This backend's folder under {@link #temp}. */
    private static Path work;

    private static StoreFixture database;

    private static Store store;
    private static Slides engine;
    private static CaseReports reports;
    private static CaseReport signedBeforeAmendment;
    private static String signedHtmlBeforeAmendment;
    private static String slideSha256;

    @BeforeParameterizedClassInvocation
    static void reviewSignAndAmendACase(Backend backend, PostgresServer postgres) throws Exception {
        work = Files.createDirectories(temp.resolve(backend.name().toLowerCase(Locale.ROOT)));
        database = StoreFixture.of(backend, () -> postgres);
        store = Store.open(database.location(), Clock.systemUTC(), new SecureRandom());
        engine = Slides.withDefaults();
        SlideLibrary library = SlideLibrary.scan(List.of(SampleData.path("samples/wsi")));
        slideSha256 = FileSha256.of(SampleData.path("samples/wsi/" + SLIDE));
        Cases cases = store.cases();
        User alice = store.users().add("dr.alice", Role.PATHOLOGIST).user();
        User bob = store.users().add("dr.bob", Role.PATHOLOGIST).user();
        cases.create(new NewCase(Optional.of(CASE), "PSN-4K2Q", "left breast, core biopsy", clinical(22)));
        CaseWork work = new CaseWork(cases, library, engine, "precis 0.1.0", JSON);
        work.addSlide(CASE, SLIDE);
        AnalysisRecord qc = work.analyse(CASE, AnalysisKind.QC, Optional.of(SLIDE), Optional.empty());
        AnalysisRecord npi = work.analyse(CASE, AnalysisKind.NPI, Optional.empty(), Optional.empty());

        cases.review(CASE, npi.id(), "npi", org.precis.store.cases.ReviewDecision.ACCEPT, null, "", alice);
        cases.review(CASE, npi.id(), "npi_group", org.precis.store.cases.ReviewDecision.ACCEPT, null, null, alice);
        cases.review(
                CASE,
                qc.id(),
                "tissue_area",
                org.precis.store.cases.ReviewDecision.CHANGE,
                new DoubleNode(1.5),
                "edge of the section left out",
                alice);
        cases.review(CASE, qc.id(), "tissue_regions", org.precis.store.cases.ReviewDecision.ACCEPT, null, "", alice);
        cases.review(
                CASE, qc.id(), "out_of_focus_fraction", org.precis.store.cases.ReviewDecision.ACCEPT, null, "", alice);
        cases.review(
                CASE,
                qc.id(),
                "pen_area",
                org.precis.store.cases.ReviewDecision.REJECT,
                NullNode.getInstance(),
                "no pen on this slide: <b>dust</b>",
                alice);
        cases.signOff(CASE, alice);

        reports = reports(library, Clock.fixed(RENDERED, ZoneOffset.UTC));
        signedBeforeAmendment = reports.build(CASE, OptionalInt.of(1));
        signedHtmlBeforeAmendment = new CaseReportHtml().render(signedBeforeAmendment);

        // The amendment changes the live case: clinical data, a new analysis, another review.
        cases.amend(CASE, "tumour size corrected after the resection", bob);
        cases.updateClinical(CASE, clinical(31));
        AnalysisRecord npi2 = work.analyse(CASE, AnalysisKind.NPI, Optional.empty(), Optional.empty());
        cases.review(CASE, npi2.id(), "npi", org.precis.store.cases.ReviewDecision.ACCEPT, null, "", bob);
        cases.review(CASE, npi2.id(), "npi_group", org.precis.store.cases.ReviewDecision.ACCEPT, null, "", bob);
        cases.review(
                CASE,
                qc.id(),
                "tissue_area",
                org.precis.store.cases.ReviewDecision.CHANGE,
                new DoubleNode(1.8),
                "re-measured",
                bob);
        cases.signOff(CASE, bob);
    }

    static CaseReports reports(SlideLibrary library, Clock clock) {
        return new CaseReports(
                store.cases(),
                store.audit(),
                library,
                engine,
                ModelCards.shipped(),
                ReportFonts.dejaVu(ReportFonts.DEBIAN_DEJAVU),
                FHIR,
                clock,
                "precis 0.1.0",
                JSON);
    }

    private static ObjectNode clinical(int sizeMm) {
        return JSON.createObjectNode()
                .put("size_mm", sizeMm)
                .put("nodes", 2)
                .put("grade", 2)
                .put("age", 58);
    }

    @AfterParameterizedClassInvocation
    static void close() throws IOException {
        try {
            engine.close();
            store.close();
        } finally {
            database.close();
        }
    }

    @Test
    void theSignedVersionIsTheSameReportAfterTheCaseIsAmended() {
        CaseReport signed = reports.build(CASE, OptionalInt.of(1));
        assertThat(signed).isEqualTo(signedBeforeAmendment);
        assertThat(new CaseReportHtml().render(signed)).isEqualTo(signedHtmlBeforeAmendment);
        assertThat(signed.clinicalData()).containsEntry("size_mm", 22);
        assertThat(signed.signatures()).singleElement().satisfies(signature -> {
            assertThat(signature.pathologist()).isEqualTo("dr.alice");
            assertThat(signature.meaning()).isEqualTo(SignatureMeaning.SIGNED);
        });
        assertThat(finding(signed, "tissue_area").finalValue())
                .map(FindingValue::display)
                .contains("1.50 mm²");
    }

    @Test
    void joinsEachFindingWithItsReviewKeepingTheModelsValue() {
        CaseReport signed = reports.build(CASE, OptionalInt.of(1));
        assertThat(signed.status()).isEqualTo(ReportStatus.SIGNED);
        assertThat(signed.findings())
                .extracting(ReportedFinding::key)
                // analyses oldest first; within one, the store keeps findings in key order
                .containsExactly(
                        "out_of_focus_fraction", "pen_area", "tissue_area", "tissue_regions", "npi", "npi_group");
        ReportedFinding npi = finding(signed, "npi");
        // NPI = 0.2 x 2.2 cm + 2 (1-3 nodes) + grade 2 = 4.44
        assertThat(npi.modelValue().display()).isEqualTo("4.44");
        assertThat(npi.decision()).isEqualTo(ReviewDecision.ACCEPT);
        assertThat(npi.reviewer()).isEqualTo("dr.alice");
        assertThat(npi.modelId()).contains("npi");
        ReportedFinding area = finding(signed, "tissue_area");
        assertThat(area.decision()).isEqualTo(ReviewDecision.CHANGE);
        assertThat(area.modelValue()).isInstanceOf(FindingValue.Quantity.class);
        assertThat(((FindingValue.Quantity) area.modelValue()).ucum()).isEqualTo("mm2");
        assertThat(area.comment()).isEqualTo("edge of the section left out");
        assertThat(area.provenance().inputSha256()).containsEntry("slide", slideSha256);
        assertThat(area.provenance().inputSha256()).containsKey("model");
        assertThat(area.provenance().parameters()).containsKeys("slide_mpp", "parameters");
        ReportedFinding pen = finding(signed, "pen_area");
        assertThat(pen.decision()).isEqualTo(ReviewDecision.REJECT);
        assertThat(pen.reportedValue()).isEmpty();
        assertThat(signed.models()).extracting(ModelCard::id).containsExactly("tissue-qc", "npi");
        assertThat(signed.models())
                .allSatisfy(card -> assertThat(card.validatedForDiagnosis()).isFalse());
        assertThat(signed.keyImages()).singleElement().satisfies(image -> {
            assertThat(image.title()).isEqualTo("QC on " + SLIDE);
            assertThat(image.caption()).contains("Tissue outline");
        });
        assertThat(signed.slides()).singleElement().satisfies(slide -> {
            assertThat(slide.sha256()).isEqualTo(slideSha256);
            assertThat(slide.format()).isEqualTo("aperio-svs");
            assertThat(slide.mpp()).isPresent();
        });
    }

    @Test
    void theAmendedVersionHasItsReasonBothSignaturesAndTheNewFindings() {
        CaseReport amended = reports.build(CASE, OptionalInt.empty());
        assertThat(amended.version()).isEqualTo(2);
        assertThat(amended.status()).isEqualTo(ReportStatus.AMENDED);
        assertThat(amended.amendmentReason()).contains("tumour size corrected after the resection");
        assertThat(amended.signatures())
                .extracting(s -> s.pathologist() + " v" + s.version() + " " + s.meaning())
                .containsExactly("dr.alice v1 SIGNED", "dr.bob v2 AMENDED");
        assertThat(amended.clinicalData()).containsEntry("size_mm", 31);
        // Two NPI analyses: each finding keyed by its analysis, both reported.
        List<String> npiValues = amended.findings().stream()
                .filter(f -> f.key().startsWith("npi_a"))
                .map(f -> f.modelValue().display())
                .toList();
        assertThat(npiValues).containsExactly("4.44", "4.62");
        assertThat(finding(amended, "tissue_area").finalValue())
                .map(FindingValue::display)
                .contains("1.80 mm²");
    }

    @Test
    void writesHtmlPdfAndAValidFhirBundleAndAuditsTheExport() throws Exception {
        Path out = Files.createDirectories(work.resolve("out"));
        long auditBefore = store.audit().list(0, 10_000).size();
        List<Path> files = reports.write(CASE, OptionalInt.empty(), out, "test");
        assertThat(files)
                .extracting(path -> path.getFileName().toString())
                .containsExactly(CASE + "-v2.html", CASE + "-v2.pdf", CASE + "-v2.fhir.json");
        try (Stream<Path> listed = Files.list(out)) {
            assertThat(listed.count()).as("no temporary files left").isEqualTo(3);
        }
        String html = Files.readString(files.get(0));
        assertThat(html)
                .contains("tumour size corrected after the resection")
                .contains("no pen on this slide: &lt;b&gt;dust&lt;/b&gt;")
                .contains(ModelCard.RESEARCH_USE)
                .contains(slideSha256);

        Path pages = Files.createDirectories(work.resolve("pages"));
        Process process = SystemTools.fromLauncher()
                .program(
                        "pdftoppm",
                        "-r",
                        "40",
                        "-png",
                        files.get(1).toString(),
                        pages.resolve("page").toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        List<Path> rendered;
        try (Stream<Path> listed = Files.list(pages)) {
            rendered = listed.sorted().toList();
        }
        for (Path file : rendered) {
            BufferedImage page = ImageIO.read(file.toFile());
            System.out.printf(
                    "%s: %dx%d px, dark %.4f, coloured %.4f%n",
                    file.getFileName(), page.getWidth(), page.getHeight(), ink(page, false), ink(page, true));
        }
        BufferedImage first = ImageIO.read(rendered.get(0).toFile());
        BufferedImage second = ImageIO.read(rendered.get(1).toFile());
        assertThat(first.getWidth()).isEqualTo(331); // A4 width 595 pt at 40 dpi
        // Measured (40 dpi, DejaVu, this case): page 1 (header, findings) dark 0.0073; page 2 (the key
        // image, model cards) coloured 0.0164. A blank page gives 0 for both.
        assertThat(ink(first, false)).as("text on page 1").isBetween(0.0060, 0.0090);
        assertThat(ink(second, true)).as("the key image on page 2").isBetween(0.013, 0.020);
        Bundle bundle = new FhirJson(FHIR)
                .readBundle(Files.readString(files.get(2)), files.get(2).toString());
        ValidationReport validation = new FhirValidation(FHIR).validate(bundle);
        System.out.println("FHIR validation: " + validation.counts() + "; unchecked codes: "
                + validation.uncheckedCodes().size());
        validation.warnings().stream()
                .map(issue -> issue.message())
                .distinct()
                .limit(8)
                .forEach(message -> System.out.println("FHIR warning: " + message));
        assertThat(validation.errors()).isEmpty();
        DiagnosticReport report = bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(DiagnosticReport.class::isInstance)
                .map(DiagnosticReport.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(report.getStatus()).isEqualTo(DiagnosticReport.DiagnosticReportStatus.AMENDED);
        assertThat(report.getPresentedFormFirstRep().getData()).isEqualTo(Files.readAllBytes(files.get(1)));
        assertThat(bundle.getEntry().stream().filter(e -> e.getResource() instanceof Observation))
                .hasSize(reports.build(CASE, OptionalInt.empty()).findings().size());

        List<AuditEntry> audit = store.audit().list(0, 10_000);
        assertThat(audit).hasSize((int) auditBefore + 1);
        AuditEntry export = audit.get(audit.size() - 1);
        assertThat(export.event()).isEqualTo("exported");
        assertThat(export.actor()).isEqualTo("test");
        JsonNode details = export.details();
        assertThat(details.path("case").asText()).isEqualTo(CASE);
        assertThat(details.path("what").asText()).isEqualTo("report");
        assertThat(details.path("version").asInt()).isEqualTo(2);
        assertThat(details.path("files")).hasSize(3);
    }

    @Test
    void exportsOneFormAndAuditsIt() throws Exception {
        ExportedReport pdf = reports.export(CASE, OptionalInt.of(1), ReportFormat.PDF, "dr.alice");
        assertThat(new String(pdf.content(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.fileName()).isEqualTo(CASE + "-v1.pdf");
        List<AuditEntry> audit = store.audit().list(0, 10_000);
        AuditEntry last = audit.get(audit.size() - 1);
        assertThat(last.actor()).isEqualTo("dr.alice");
        assertThat(last.details().path("format").asText()).isEqualTo("pdf");
        assertThat(last.details().path("sha256").asText()).hasSize(64);
    }

    @Test
    void aDraftShowsUnreviewedFindings() throws Exception {
        Cases cases = store.cases();
        cases.create(new NewCase(Optional.of("BR-DRAFT"), "PSN-9Z", "right breast, excision", clinical(15)));
        new CaseWork(cases, SlideLibrary.scan(List.of()), engine, "precis 0.1.0", JSON)
                .analyse("BR-DRAFT", AnalysisKind.NPI, Optional.empty(), Optional.empty());
        CaseReport draft = reports.build("BR-DRAFT", OptionalInt.empty());
        assertThat(draft.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(draft.signatures()).isEmpty();
        assertThat(draft.findings()).allSatisfy(f -> assertThat(f.decision()).isEqualTo(ReviewDecision.UNREVIEWED));
    }

    @Test
    void anUnknownCaseOrVersionIsNotFoundAndAnUnwritableFolderLeavesNothing() throws IOException {
        assertThatThrownBy(() -> reports.build("NO-SUCH", OptionalInt.empty()))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("NO-SUCH");
        assertThatThrownBy(() -> reports.build(CASE, OptionalInt.of(7)))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("no report version 7");
        // The PDF's place is taken by a folder that is not empty: the HTML is written first, then the
        // PDF fails, and the HTML must go again.
        Path blocked = Files.createDirectories(work.resolve("blocked"));
        Files.writeString(
                Files.createDirectories(blocked.resolve(CASE + "-v2.pdf")).resolve("keep"), "x");
        assertThatThrownBy(() -> reports.write(CASE, OptionalInt.empty(), blocked, "test"))
                .isInstanceOf(IOException.class);
        try (Stream<Path> listed = Files.list(blocked)) {
            assertThat(listed.map(path -> path.getFileName().toString())).containsExactly(CASE + "-v2.pdf");
        }
        assertThatThrownBy(() -> reports.write(CASE, OptionalInt.empty(), work.resolve("missing"), "test"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not a folder");
    }

    private static ReportedFinding finding(CaseReport report, String key) {
        return report.findings().stream()
                .filter(f -> f.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + key));
    }

    /** The fraction of dark (luma below 128) or of strongly coloured (chroma above 60) pixels. */
    private static double ink(BufferedImage image, boolean coloured) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 255;
                int g = (rgb >> 8) & 255;
                int b = rgb & 255;
                int luma = (299 * r + 587 * g + 114 * b) / 1000;
                int chroma = Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b));
                if (coloured ? chroma > 60 : luma < 128) {
                    dark++;
                }
            }
        }
        return dark / (double) (image.getWidth() * image.getHeight());
    }
}
