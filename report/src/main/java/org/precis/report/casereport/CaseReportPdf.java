package org.precis.report.casereport;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;
import org.precis.io.file.AtomicFile;

/**
 * The case report page ({@link CaseReportHtml}) printed to PDF by openhtmltopdf over PDFBox, with
 * the DejaVu fonts embedded (subset) so that µ, ≥, ² and → render, and "page X of Y" in the footer.
 */
public final class CaseReportPdf {

    private final ReportFonts fonts;
    private final CaseReportHtml html = new CaseReportHtml();

    public CaseReportPdf(ReportFonts fonts) {
        this.fonts = Objects.requireNonNull(fonts, "fonts");
    }

    /** The PDF's bytes. */
    public byte[] render(CaseReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        render(report, out);
        return out.toByteArray();
    }

    /** Writes the PDF to {@code target} atomically (a temporary sibling renamed when complete). */
    public void write(CaseReport report, Path target) throws IOException {
        AtomicFile.write(target, out -> render(report, out));
    }

    private void render(CaseReport report, OutputStream out) throws IOException {
        fonts.requireReadable();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(fonts.sans().toFile(), ReportStyle.SANS, 400, FontStyle.NORMAL, true);
        builder.useFont(fonts.sansBold().toFile(), ReportStyle.SANS, 700, FontStyle.NORMAL, true);
        builder.useFont(fonts.mono().toFile(), ReportStyle.MONO, 400, FontStyle.NORMAL, true);
        builder.withHtmlContent(html.render(report), null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (RuntimeException e) {
            throw new IOException(
                    "cannot print the report of case " + report.caseId() + " to PDF: " + e.getMessage(), e);
        }
    }
}
