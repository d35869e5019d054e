package org.precis.casework.report;

/** The forms a case report is exported in. */
public enum ReportFormat {
    /** The printable page, self-contained. */
    HTML("html", "text/html; charset=utf-8"),
    /** The same page printed to PDF, fonts embedded. */
    PDF("pdf", "application/pdf"),
    /** A FHIR R4 Bundle (collection) with the DiagnosticReport, its Observations and the PDF. */
    FHIR("fhir.json", "application/fhir+json; charset=utf-8");

    private final String extension;
    private final String mediaType;

    ReportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** The file name ending, without the dot ({@code fhir.json}). */
    public String extension() {
        return extension;
    }

    /** The HTTP content type. */
    public String mediaType() {
        return mediaType;
    }

    /** The file name of a case's report version in this form: {@code C-0001-v2.pdf}. */
    public String fileName(String caseId, int version) {
        return caseId + "-v" + version + "." + extension;
    }

    /** The label used in the audit trail and JSON ({@code html}, {@code pdf}, {@code fhir}). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
