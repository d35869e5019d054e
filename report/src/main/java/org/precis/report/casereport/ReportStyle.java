package org.precis.report.casereport;

/**
 * The report page's style sheet: A4 pages with "page X of Y" in the footer margin box, DejaVu
 * Sans everywhere (the margin boxes too: they do not inherit the body's font), SHA-256 digests in
 * DejaVu Sans Mono broken anywhere.
 */
final class ReportStyle {

    /** The font family the PDF renderer registers for body text. */
    static final String SANS = "DejaVu Sans";

    /** The font family the PDF renderer registers for digests and codes. */
    static final String MONO = "DejaVu Sans Mono";

    private ReportStyle() {}

    static String css(String caseId) {
        return """
                @page {
                  size: A4;
                  margin: 16mm 14mm 18mm 14mm;
                  @top-right { content: %1$s; font-family: 'DejaVu Sans'; font-size: 7.5pt; color: #555555; }
                  @bottom-center {
                    content: "page " counter(page) " of " counter(pages);
                    font-family: 'DejaVu Sans'; font-size: 7.5pt; color: #555555;
                  }
                }
                html, body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.5pt; color: #111111; }
                header, section, footer, figure, figcaption { display: block; }
                h1 { font-size: 15pt; margin: 0 0 4pt 0; }
                h2 { font-size: 11pt; margin: 12pt 0 4pt 0; border-bottom: 1px solid #999999; page-break-after: avoid; }
                #key-images, tr, figure, dl { page-break-inside: avoid; }
                h3 { font-size: 9.5pt; margin: 8pt 0 2pt 0; }
                table { border-collapse: collapse; width: 100%%; }
                th, td { border: 1px solid #bbbbbb; padding: 2pt 3pt; text-align: left; vertical-align: top; }
                th { background: #eeeeee; }
                table.meta td, table.meta th { border: none; padding: 1pt 6pt 1pt 0; background: none; }
                .status { font-weight: bold; }
                .amended { color: #8a4b00; }
                .research { color: #a00000; font-size: 7.5pt; }
                .muted { color: #555555; }
                .sha, code { font-family: 'DejaVu Sans Mono', monospace; font-size: 6.5pt; word-wrap: break-word; }
                figure { display: inline-block; width: 47%%; margin: 0 1.5%% 6pt 0; vertical-align: top; }
                figure img { width: 100%%; }
                figcaption { font-size: 7.5pt; }
                dl { margin: 0; }
                dt { font-weight: bold; margin-top: 2pt; }
                dd { margin: 0 0 0 10pt; }
                footer { margin-top: 12pt; font-size: 7.5pt; color: #555555; }
                """.formatted(Xhtml.cssString("Case " + caseId));
    }
}
