package org.precis.report.casereport;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.testing.SystemTools;

class CaseReportPdfTest {

    private static final CaseReport REPORT = SampleCaseReports.amendedBreastCase();

    @TempDir
    static Path folder;

    private static Path pdf;

    @BeforeAll
    static void writeThePdf() throws IOException {
        pdf = folder.resolve("report.pdf");
        new CaseReportPdf(ReportFonts.dejaVu(ReportFonts.DEBIAN_DEJAVU)).write(REPORT, pdf);
    }

    @Test
    void writesThePdfAtomically() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("report.pdf");
        }
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
    }

    @Test
    void holdsTheReportsTextWithItsSymbols() throws IOException {
        String text;
        int pages;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(document);
            pages = document.getNumberOfPages();
        }
        String flat = text.replaceAll("\\s+", " ");
        assertThat(flat)
                .contains("BR-2026-0042")
                .contains("µm")
                .contains("/mm²")
                .contains("≥ 224 px")
                .contains("→");
        for (ReportedFinding finding : REPORT.findings()) {
            assertThat(flat).contains(finding.label());
        }
        assertThat(flat).contains("dr.okafor").contains("2026-03-04T08:02:11Z").contains("amended");
        assertThat(flat).contains("research use — not a diagnosis on its own");
        assertThat(flat).contains("<script>alert('x')</script> breast primary");
        assertThat(flat).contains("page 1 of " + pages).contains("page " + pages + " of " + pages);
    }

    @Test
    void embedsTheDejaVuFonts() throws IOException {
        Set<String> fonts = new HashSet<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
        }
        assertThat(fonts).contains("DejaVuSans", "DejaVuSans-Bold", "DejaVuSansMono");
    }

    @Test
    void pagesRenderWithTextAndTheKeyImagesInColour(@TempDir Path pages) throws Exception {
        Path prefix = pages.resolve("page");
        Process process = SystemTools.fromLauncher()
                .program("pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "2", pdf.toString(), prefix.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        BufferedImage first = ImageIO.read(pages.resolve("page-1.png").toFile());
        BufferedImage second = ImageIO.read(pages.resolve("page-2.png").toFile());
        // A4 (595 x 842 pt) at 50 dpi, rounded up
        assertThat(first.getWidth()).isEqualTo(414);
        assertThat(first.getHeight()).isEqualTo(585);
        // Measured (50 dpi, DejaVu, this sample): page 1 dark 0.0153; page 2 coloured 0.1188 in all and
        // 0.9508 where the H&E patch lies (x 30-200, y 50-200). A blank page gives 0 for both; page 1,
        // text only, is 0.0023 coloured.
        PageInk text = PageInk.of(first, 0, 0, first.getWidth(), first.getHeight());
        PageInk images = PageInk.of(second, 0, 0, second.getWidth(), second.getHeight());
        PageInk patch = PageInk.of(second, 30, 50, 200, 200);
        System.out.printf(
                "page 1: dark %.4f; page 2: coloured %.4f, in the patch's place %.4f%n",
                text.dark(), images.coloured(), patch.coloured());
        assertThat(text.dark()).isBetween(0.012, 0.020);
        assertThat(images.coloured()).isBetween(0.09, 0.15);
        assertThat(patch.coloured()).isGreaterThan(0.85);
    }

    /** Fractions of dark (luma below 128) and strongly coloured (chroma above 60) pixels. */
    record PageInk(double dark, double coloured) {
        static PageInk of(BufferedImage page, int x0, int y0, int x1, int y1) {
            long dark = 0;
            long coloured = 0;
            for (int y = y0; y < y1; y++) {
                for (int x = x0; x < x1; x++) {
                    int rgb = page.getRGB(x, y);
                    int r = (rgb >> 16) & 0xff;
                    int g = (rgb >> 8) & 0xff;
                    int b = rgb & 0xff;
                    if (0.299 * r + 0.587 * g + 0.114 * b < 128) {
                        dark++;
                    }
                    if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 60) {
                        coloured++;
                    }
                }
            }
            double pixels = (double) (x1 - x0) * (y1 - y0);
            return new PageInk(dark / pixels, coloured / pixels);
        }
    }
}
