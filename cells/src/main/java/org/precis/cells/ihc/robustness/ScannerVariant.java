package org.precis.cells.ihc.robustness;

import java.util.List;
import java.util.Optional;
import org.precis.cells.ihc.UnsuitableImageException;
import org.precis.slide.RgbImage;

/**
 * One way of imaging the same tissue differently: read at {@code mpp} by the slide reader, then
 * (each where present) DAB made lighter or darker, a colour response, a stain hue rotation and a
 * JPEG recompression.
 *
 * @param name short name for the table
 * @param mpp pixel size the slide is read at
 */
public record ScannerVariant(
        String name,
        double mpp,
        Optional<DabScaling> dab,
        Optional<ColourResponse> colour,
        Optional<HueRotation> hue,
        Optional<JpegRecompression> jpeg) {

    /** The variants of the robustness table, each named by what it changes. */
    public static List<ScannerVariant> standardSet(double slideMpp) {
        ColourResponse response = new ColourResponse(new double[] {1.15, 1.0, 0.9}, new double[] {0.94, 1.0, 0.97});
        ColourResponse lighter = new ColourResponse(new double[] {0.75, 0.75, 0.75}, new double[] {1, 1, 1});
        return List.of(
                new ScannerVariant(
                        "original", slideMpp, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                new ScannerVariant(
                        "0.25 µm/px", 0.25, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                new ScannerVariant(
                        "0.5 µm/px", 0.5, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                new ScannerVariant(
                        "JPEG q=0.5",
                        slideMpp,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(new JpegRecompression(0.5f))),
                new ScannerVariant(
                        "gamma/gain per channel",
                        slideMpp,
                        Optional.empty(),
                        Optional.of(response),
                        Optional.empty(),
                        Optional.empty()),
                new ScannerVariant(
                        "all densities x0.75",
                        slideMpp,
                        Optional.empty(),
                        Optional.of(lighter),
                        Optional.empty(),
                        Optional.empty()),
                new ScannerVariant(
                        "hue rotated 8°",
                        slideMpp,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(new HueRotation(8)),
                        Optional.empty()),
                new ScannerVariant(
                        "DAB x0.6",
                        slideMpp,
                        Optional.of(new DabScaling(0.6)),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()),
                new ScannerVariant(
                        "0.5 µm/px + DAB x0.7 + colour + hue + JPEG",
                        0.5,
                        Optional.of(new DabScaling(0.7)),
                        Optional.of(response),
                        Optional.of(new HueRotation(-8)),
                        Optional.of(new JpegRecompression(0.7f))));
    }

    /** The changes after reading, in order. */
    public RgbImage applyTo(RgbImage read) throws UnsuitableImageException {
        RgbImage image = read;
        if (dab.isPresent()) {
            image = dab.get().apply(image);
        }
        if (colour.isPresent()) {
            image = colour.get().apply(image);
        }
        if (hue.isPresent()) {
            image = hue.get().apply(image);
        }
        if (jpeg.isPresent()) {
            image = jpeg.get().apply(image);
        }
        return image;
    }
}
