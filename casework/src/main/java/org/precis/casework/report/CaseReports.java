package org.precis.casework.report;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.precis.casework.library.LibrarySlide;
import org.precis.casework.library.SlideLibrary;
import org.precis.fhir.CaseReportBundle;
import org.precis.fhir.FhirJson;
import org.precis.io.file.AtomicFile;
import org.precis.io.file.FileSha256;
import org.precis.report.casereport.CaseReport;
import org.precis.report.casereport.CaseReportHtml;
import org.precis.report.casereport.CaseReportPdf;
import org.precis.report.casereport.ReportFonts;
import org.precis.slide.PixelSize;
import org.precis.slide.Slide;
import org.precis.slide.SlideException;
import org.precis.slide.Slides;
import org.precis.store.audit.AuditTrail;
import org.precis.store.cases.Cases;
import org.precis.store.cases.ReportStatus;
import org.precis.store.cases.ReportVersion;

/**
 * The case report from the store, shared by the command line and the server: builds a report
 * version (a signed one from the snapshot the store froze at sign-off, the open draft from the live
 * case), renders it as HTML, PDF or a FHIR R4 Bundle, and records every export in the audit trail
 * (event {@code exported}, {@code what: report}, with the version, form and SHA-256 of what left).
 */
public final class CaseReports {
    /** The audit event of an export (the one the annotation export uses too). */
    public static final String EXPORTED = "exported";

    private final Cases cases;
    private final AuditTrail audit;
    private final SlideLibrary library;
    private final Slides engine;
    private final SnapshotReport reports;
    private final KeyImages keyImages;
    private final CaseReportPdf pdf;
    private final FhirJson fhir;
    private final Clock clock;
    private final ObjectMapper json;

    /**
     * @param library the slide folders, to say each slide's format and draw the key images (a slide
     *     not in them is reported as such, without a key image)
     * @param fhir an R4 context, made once (expensive)
     * @param software the Precis version printed on the report ({@code precis 0.1.0})
     * @param json the project's mapper ({@code JsonMappers.compact()})
     */
    public CaseReports(
            Cases cases,
            AuditTrail audit,
            SlideLibrary library,
            Slides engine,
            ModelCards cards,
            ReportFonts fonts,
            FhirContext fhir,
            Clock clock,
            String software,
            ObjectMapper json) {
        this.cases = cases;
        this.audit = audit;
        this.library = library;
        this.engine = engine;
        this.reports = new SnapshotReport(cards, json, software);
        this.keyImages = new KeyImages(cases, library, engine, json);
        this.pdf = new CaseReportPdf(fonts);
        this.fhir = new FhirJson(fhir);
        this.clock = clock;
        this.json = json;
    }

    /**
     * Report version {@code version} of a case (default: the latest). NoSuchElementException for an
     * unknown case or version.
     */
    public CaseReport build(String caseId, OptionalInt version) {
        List<ReportVersion> versions = cases.reportVersions(caseId);
        ReportVersion chosen = versions.get(versions.size() - 1);
        if (version.isPresent()) {
            chosen = versions.stream()
                    .filter(v -> v.version() == version.getAsInt())
                    .findFirst()
                    .orElseThrow(() -> new NoSuchElementException("case " + caseId + " has no report version "
                            + version.getAsInt() + " (it has 1 to " + versions.size() + ")"));
        }
        int number = chosen.version();
        JsonNode snapshot = chosen.status() == ReportStatus.DRAFT
                ? cases.draftSnapshot(caseId)
                : chosen.snapshot()
                        .orElseThrow(() -> new IllegalStateException(
                                "case " + caseId + ": signed version " + number + " has no snapshot"));
        return reports.report(snapshot, versions, this::slideFacts, keyImages.of(snapshot), clock.instant());
    }

    /** Renders one form of a report version and records the export, by {@code actor}, in the audit trail. */
    public ExportedReport export(String caseId, OptionalInt version, ReportFormat format, String actor)
            throws IOException {
        CaseReport report = build(caseId, version);
        byte[] content = render(report, format);
        ObjectNode details = details(report);
        details.put("format", format.label());
        details.put("sha256", sha256(content));
        audit.append(actor, EXPORTED, details);
        return new ExportedReport(report.caseId(), report.version(), format, content);
    }

    /**
     * Writes a report version as {@code CASE-vN.html}, {@code .pdf} and {@code .fhir.json} into
     * {@code folder} and records the export. Everything is rendered before anything is written, and
     * each file is written to a temporary sibling and renamed; if a write fails, the files this call
     * wrote are removed again, so the folder never holds a partial report.
     *
     * @return the files written, in the order html, pdf, fhir
     */
    public List<Path> write(String caseId, OptionalInt version, Path folder, String actor) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException(folder + ": not a folder");
        }
        CaseReport report = build(caseId, version);
        Map<ReportFormat, byte[]> contents = new EnumMap<>(ReportFormat.class);
        byte[] printed = pdf.render(report);
        contents.put(ReportFormat.HTML, render(report, ReportFormat.HTML));
        contents.put(ReportFormat.PDF, printed);
        contents.put(ReportFormat.FHIR, fhir(report, printed));
        List<Path> written = new ArrayList<>();
        try {
            for (Map.Entry<ReportFormat, byte[]> content : contents.entrySet()) {
                Path target = folder.resolve(content.getKey().fileName(report.caseId(), report.version()));
                AtomicFile.write(target, out -> out.write(content.getValue()));
                written.add(target);
            }
        } catch (IOException | RuntimeException e) {
            for (Path file : written) {
                Files.deleteIfExists(file);
            }
            throw e;
        }
        ObjectNode details = details(report);
        ArrayNode files = details.putArray("files");
        contents.forEach((format, content) -> files.addObject()
                .put("format", format.label())
                .put("file", format.fileName(report.caseId(), report.version()))
                .put("sha256", sha256(content)));
        audit.append(actor, EXPORTED, details);
        return List.copyOf(written);
    }

    private byte[] render(CaseReport report, ReportFormat format) throws IOException {
        return switch (format) {
            case HTML -> new CaseReportHtml().render(report).getBytes(StandardCharsets.UTF_8);
            case PDF -> pdf.render(report);
            case FHIR -> fhir(report, pdf.render(report));
        };
    }

    private byte[] fhir(CaseReport report, byte[] printed) {
        return fhir.write(CaseReportBundle.of(report, printed)).getBytes(StandardCharsets.UTF_8);
    }

    private ObjectNode details(CaseReport report) {
        return json.createObjectNode()
                .put("case", report.caseId())
                .put("what", "report")
                .put("version", report.version())
                .put("status", report.status().name().toLowerCase(java.util.Locale.ROOT));
    }

    private SlideFacts slideFacts(String slideId) {
        LibrarySlide file = library.find(slideId).orElse(null);
        if (file == null) {
            return SlideFacts.NOT_FOUND;
        }
        try (Slide slide = engine.open(file.file())) {
            return new SlideFacts(
                    slide.format(),
                    slide.pixelSize()
                            .map(PixelSize::mpp)
                            .map(OptionalDouble::of)
                            .orElse(OptionalDouble.empty()));
        } catch (SlideException e) {
            return new SlideFacts("unreadable", OptionalDouble.empty());
        }
    }

    private static String sha256(byte[] content) {
        return HexFormat.of().formatHex(FileSha256.newDigest().digest(content));
    }
}
