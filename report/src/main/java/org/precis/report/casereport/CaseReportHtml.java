package org.precis.report.casereport;

import static org.precis.report.casereport.Xhtml.text;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.precis.io.provenance.Provenance;

/**
 * A case report as one self-contained, printable XHTML page: images embedded as {@code data:}
 * URIs, the style sheet inline, no scripts, every text from the case escaped. The same page is
 * shown by the web application and printed to PDF by {@link CaseReportPdf}. Times are UTC,
 * ISO-8601.
 */
public final class CaseReportHtml {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ISO_INSTANT;

    /** Renders the report page. */
    public String render(CaseReport report) {
        StringBuilder page = new StringBuilder(16_384);
        page.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n<title>")
                .append(text("Case report " + report.caseId() + " v" + report.version()))
                .append("</title>\n<style>\n")
                .append(ReportStyle.css(report.caseId()))
                .append("</style>\n</head>\n<body>\n");
        header(page, report);
        findings(page, report);
        keyImages(page, report);
        modelCards(page, report);
        clinicalData(page, report);
        slides(page, report);
        signatures(page, report);
        provenance(page, report);
        page.append("<footer>Made by Precis ")
                .append(text(report.softwareVersion()))
                .append(" at ")
                .append(time(report.generatedAt()))
                .append(" (UTC). AI findings are shown with the pathologist's decision on each.</footer>\n");
        return page.append("</body>\n</html>\n").toString();
    }

    private static void header(StringBuilder page, CaseReport report) {
        page.append("<header>\n<h1>Case report ")
                .append(text(report.caseId()))
                .append("</h1>\n<table class=\"meta\">\n");
        row(page, "Patient (pseudonym)", text(report.patientPseudonym()));
        row(page, "Specimen", text(report.specimen()));
        row(
                page,
                "Status",
                "<span class=\"status\">" + report.status().name().toLowerCase(Locale.ROOT) + "</span>, version "
                        + report.version());
        report.amendmentReason()
                .ifPresent(
                        reason -> row(page, "Amendment reason", "<span class=\"amended\">" + text(reason) + "</span>"));
        row(page, "Generated", time(report.generatedAt()) + " by Precis " + text(report.softwareVersion()));
        page.append("</table>\n</header>\n");
    }

    private static void findings(StringBuilder page, CaseReport report) {
        page.append("<section id=\"findings\">\n<h2>Findings</h2>\n<table>\n<thead><tr>")
                .append("<th>Finding</th><th>Model value</th><th>Decision</th><th>Reported value</th>")
                .append("<th>Comment</th><th>Reviewer</th></tr></thead>\n<tbody>\n");
        for (ReportedFinding finding : report.findings()) {
            page.append("<tr><td>").append(text(finding.label()));
            Optional<ModelCard> model = finding.modelId().flatMap(report::model);
            model.ifPresent(card -> page.append("<div class=\"muted\">")
                    .append(text(card.name() + " " + card.version()))
                    .append("</div>"));
            if (model.isPresent() && !model.get().validatedForDiagnosis()) {
                page.append("<div class=\"research\">")
                        .append(text(ModelCard.RESEARCH_USE))
                        .append("</div>");
            }
            page.append("</td><td>")
                    .append(text(FindingText.withInterval(finding)))
                    .append("</td><td>");
            page.append(FindingText.decision(finding.decision())).append("</td><td>");
            page.append(finding.reportedValue()
                    .map(value -> text(value.display()))
                    .orElse("<span class=\"muted\">not reported</span>"));
            page.append("</td><td>")
                    .append(text(finding.comment()))
                    .append("</td><td>")
                    .append(text(finding.reviewer()))
                    .append("</td></tr>\n");
        }
        page.append("</tbody>\n</table>\n</section>\n");
    }

    private static void keyImages(StringBuilder page, CaseReport report) {
        if (report.keyImages().isEmpty()) {
            return;
        }
        page.append("<section id=\"key-images\">\n<h2>Key images</h2>\n");
        for (KeyImage image : report.keyImages()) {
            page.append("<figure><img alt=\"")
                    .append(text(image.title()))
                    .append("\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(image.png()))
                    .append("\"/><figcaption><b>")
                    .append(text(image.title()))
                    .append(".</b> ")
                    .append(text(image.caption()))
                    .append("</figcaption></figure>\n");
        }
        page.append("</section>\n");
    }

    private static void modelCards(StringBuilder page, CaseReport report) {
        if (report.models().isEmpty()) {
            return;
        }
        page.append("<section id=\"models\">\n<h2>Model cards</h2>\n");
        for (ModelCard card : report.models()) {
            page.append("<h3>").append(text(card.name() + " " + card.version())).append("</h3>\n<dl>\n");
            term(page, "Model id", text(card.id()));
            term(page, "SHA-256", "<span class=\"sha\">" + text(card.sha256()) + "</span>");
            term(page, "Intended use", text(card.intendedUse()));
            term(page, "Training data", text(card.trainingData()));
            term(page, "Performance on data it never saw", text(card.performanceOnUnseenData()));
            term(page, "Known limits", text(card.knownLimits()));
            term(
                    page,
                    "Validated for diagnosis",
                    card.validatedForDiagnosis()
                            ? "yes"
                            : "no: <span class=\"research\">" + text(ModelCard.RESEARCH_USE) + "</span>");
            page.append("</dl>\n");
        }
        page.append("</section>\n");
    }

    private static void clinicalData(StringBuilder page, CaseReport report) {
        if (report.clinicalData().isEmpty()) {
            return;
        }
        page.append("<section id=\"clinical\">\n<h2>Clinical data</h2>\n<table>\n<tbody>\n");
        for (Map.Entry<String, Object> column : report.clinicalData().entrySet()) {
            row(page, text(column.getKey()), text(String.valueOf(column.getValue())));
        }
        page.append("</tbody>\n</table>\n</section>\n");
    }

    private static void slides(StringBuilder page, CaseReport report) {
        if (report.slides().isEmpty()) {
            return;
        }
        page.append("<section id=\"slides\">\n<h2>Slides</h2>\n<table>\n<thead><tr><th>Slide</th><th>Format</th>")
                .append("<th>µm/px</th><th>SHA-256</th></tr></thead>\n<tbody>\n");
        for (ReportSlide slide : report.slides()) {
            page.append("<tr><td>")
                    .append(text(slide.name()))
                    .append("<div class=\"muted\">")
                    .append(text(slide.id()))
                    .append("</div></td><td>")
                    .append(text(slide.format()))
                    .append("</td><td>")
                    .append(
                            slide.mpp().isPresent()
                                    ? String.format(
                                            Locale.ROOT, "%.4f", slide.mpp().getAsDouble())
                                    : "<span class=\"muted\">not recorded</span>")
                    .append("</td><td><span class=\"sha\">")
                    .append(text(slide.sha256()))
                    .append("</span></td></tr>\n");
        }
        page.append("</tbody>\n</table>\n</section>\n");
    }

    private static void signatures(StringBuilder page, CaseReport report) {
        page.append("<section id=\"signatures\">\n<h2>Signatures</h2>\n");
        if (report.signatures().isEmpty()) {
            page.append("<p class=\"muted\">Not signed: this is a draft.</p>\n</section>\n");
            return;
        }
        page.append("<table>\n<thead><tr><th>Pathologist</th><th>Meaning</th><th>Version</th>")
                .append("<th>Time (UTC)</th></tr></thead>\n<tbody>\n");
        for (Signature signature : report.signatures()) {
            page.append("<tr><td>")
                    .append(text(signature.pathologist()))
                    .append("</td><td>")
                    .append(signature.meaning().word())
                    .append("</td><td>")
                    .append(signature.version())
                    .append("</td><td>")
                    .append(time(signature.signedAt()))
                    .append("</td></tr>\n");
        }
        page.append("</tbody>\n</table>\n</section>\n");
    }

    private static void provenance(StringBuilder page, CaseReport report) {
        if (report.findings().isEmpty()) {
            return;
        }
        page.append("<section id=\"provenance\">\n<h2>Provenance</h2>\n<table>\n<thead><tr><th>Finding</th>")
                .append("<th>Software</th><th>Inputs (SHA-256)</th><th>Parameters</th></tr></thead>\n<tbody>\n");
        for (ReportedFinding finding : report.findings()) {
            Provenance provenance = finding.provenance();
            page.append("<tr><td>")
                    .append(text(finding.label()))
                    .append("</td><td>")
                    .append(text(provenance.software()))
                    .append(provenance
                            .createdAt()
                            .map(at -> "<div class=\"muted\">" + text(at) + "</div>")
                            .orElse(""))
                    .append("</td><td>");
            provenance
                    .inputSha256()
                    .forEach((role, sha256) -> page.append("<div>")
                            .append(text(role))
                            .append(": <span class=\"sha\">")
                            .append(text(sha256))
                            .append("</span></div>"));
            page.append("</td><td>")
                    .append(text(provenance.parameters().entrySet().stream()
                            .map(parameter -> parameter.getKey() + " = " + parameter.getValue())
                            .collect(Collectors.joining("; "))))
                    .append("</td></tr>\n");
        }
        page.append("</tbody>\n</table>\n</section>\n");
    }

    private static void row(StringBuilder page, String heading, String cellMarkup) {
        page.append("<tr><th>")
                .append(heading)
                .append("</th><td>")
                .append(cellMarkup)
                .append("</td></tr>\n");
    }

    private static void term(StringBuilder page, String term, String markup) {
        page.append("<dt>").append(term).append("</dt><dd>").append(markup).append("</dd>\n");
    }

    private static String time(Instant instant) {
        return UTC.format(instant);
    }
}
