package org.precis.report.casereport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The font files the PDF embeds: without them openhtmltopdf falls back to the PDF base fonts,
 * which have no µ, ≥, ² or →.
 *
 * @param sans DejaVu Sans (body text)
 * @param sansBold DejaVu Sans Bold (headings, table heads)
 * @param mono DejaVu Sans Mono (SHA-256 digests)
 */
public record ReportFonts(Path sans, Path sansBold, Path mono) {

    /** Where Debian's fonts-dejavu-core installs them. */
    public static final Path DEBIAN_DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu");

    public ReportFonts {
        Objects.requireNonNull(sans, "sans");
        Objects.requireNonNull(sansBold, "sansBold");
        Objects.requireNonNull(mono, "mono");
    }

    /** The DejaVu fonts in a folder laid out as Debian's fonts-dejavu-core. */
    public static ReportFonts dejaVu(Path folder) {
        return new ReportFonts(
                folder.resolve("DejaVuSans.ttf"),
                folder.resolve("DejaVuSans-Bold.ttf"),
                folder.resolve("DejaVuSansMono.ttf"));
    }

    /** Throws a one-line error naming the first font file that cannot be read. */
    void requireReadable() {
        for (Path font : new Path[] {sans, sansBold, mono}) {
            if (!Files.isReadable(font)) {
                throw new IllegalStateException("font file " + font
                        + " is missing: the PDF report needs DejaVu fonts (Debian package fonts-dejavu-core)");
            }
        }
    }
}
