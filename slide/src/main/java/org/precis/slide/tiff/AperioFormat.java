package org.precis.slide.tiff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.precis.slide.CorruptSlideException;
import org.precis.slide.PixelSize;
import org.precis.slide.SlideException;
import org.precis.slide.spi.SlideContext;
import org.precis.slide.spi.SlideDescription;
import org.precis.slide.spi.SlideFile;
import org.precis.slide.spi.SlideProbe;

/**
 * Aperio SVS: tiled IFDs are the pyramid; of the stripped ones, the second IFD is the thumbnail
 * and the others name themselves ({@code label}, {@code macro}) on the second line of their
 * description. The first description carries {@code key = value} pairs separated by {@code |}.
 */
public final class AperioFormat extends TiffFamilyFormat {

    @Override
    public String name() {
        return "aperio-svs";
    }

    @Override
    public int score(SlideProbe probe) {
        return firstDescription(probe).filter(d -> d.startsWith("Aperio")).isPresent() ? 100 : 0;
    }

    @Override
    TiffLayout layout(SlideFile source, TiffStructure structure, SlideContext context) throws SlideException {
        List<TiffDirectory> pyramid = new ArrayList<>();
        Map<String, TiffImage> associated = new LinkedHashMap<>();
        for (TiffDirectory directory : structure.directories()) {
            if (directory.tiled()) {
                pyramid.add(directory);
            }
        }
        if (pyramid.isEmpty()) {
            throw new CorruptSlideException(source.path(), "Aperio file without a tiled image");
        }
        pyramid.sort(Comparator.comparingLong(TiffDirectory::width).reversed());
        List<TiffImage> levels = new ArrayList<>();
        for (TiffDirectory directory : pyramid) {
            levels.add(TiffImage.of(source, context.codecs(), levels.size(), directory, context.limits()));
        }
        for (TiffDirectory directory : structure.directories()) {
            if (!directory.tiled()) {
                Optional<String> name = associatedName(directory);
                if (name.isPresent() && !associated.containsKey(name.get())) {
                    associated.put(name.get(), TiffImage.of(source, context.codecs(), -1, directory, context.limits()));
                }
            }
        }
        TiffDirectory first = structure.directories().get(0);
        String description = first.text(TiffTag.IMAGE_DESCRIPTION).orElse("");
        Map<String, String> properties = new LinkedHashMap<>(TiffProperties.of(first));
        Map<String, String> aperio = parseDescription(description);
        properties.put("openslide.comment", description);
        aperio.forEach((key, value) -> properties.put("aperio." + key, value));
        Optional<PixelSize> pixelSize = positive(aperio.get("MPP")).map(mpp -> new PixelSize(mpp, mpp));
        OptionalDouble objective =
                positive(aperio.get("AppMag")).map(OptionalDouble::of).orElse(OptionalDouble.empty());
        return new TiffLayout(
                levels,
                associated,
                new SlideDescription(
                        name(), Optional.of("aperio"), pixelSize, objective, associated.keySet(), properties));
    }

    private static Optional<String> associatedName(TiffDirectory directory) {
        if (directory.index() == 1) {
            return Optional.of("thumbnail");
        }
        String description = directory.text(TiffTag.IMAGE_DESCRIPTION).orElse("");
        String[] lines = description.split("\r?\n");
        if (lines.length > 1) {
            String word = lines[1].trim().split("\\s+")[0];
            if (word.equals("label") || word.equals("macro")) {
                return Optional.of(word);
            }
        }
        return Optional.empty();
    }

    /** The {@code key = value} pairs after the first {@code |}. */
    static Map<String, String> parseDescription(String description) {
        Map<String, String> pairs = new LinkedHashMap<>();
        String[] parts = description.split("\\|");
        for (int i = 1; i < parts.length; i++) {
            int equals = parts[i].indexOf(" = ");
            if (equals > 0) {
                pairs.put(
                        parts[i].substring(0, equals).trim(),
                        parts[i].substring(equals + 3).trim());
            }
        }
        return pairs;
    }

    private static Optional<Double> positive(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            double value = Double.parseDouble(text);
            return value > 0 && !Double.isInfinite(value) ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
