package org.precis.casework.report;

import java.util.Objects;

/**
 * One report version rendered in one form.
 *
 * @param caseId the case
 * @param version the report version rendered
 * @param format the form
 * @param content the bytes (copied in and out)
 */
public record ExportedReport(String caseId, int version, ReportFormat format, byte[] content) {
    public ExportedReport {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(format, "format");
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    /** The file name it is written or downloaded as. */
    public String fileName() {
        return format.fileName(caseId, version);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExportedReport that
                && caseId.equals(that.caseId)
                && version == that.version
                && format == that.format
                && java.util.Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(caseId, version, format) * 31 + java.util.Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "ExportedReport[" + fileName() + ", " + content.length + " bytes]";
    }
}
