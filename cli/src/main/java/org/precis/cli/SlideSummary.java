package org.precis.cli;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.precis.slide.Slide;
import org.precis.slide.SlideLevel;
import org.precis.slide.codec.Codecs;

/** What {@code precis slide info} reports, in the shape its JSON takes. */
record SlideSummary(
        String file,
        String format,
        String backend,
        String vendor,
        List<Level> levels,
        Double mppX,
        Double mppY,
        Double objectivePower,
        List<String> associated,
        Map<String, String> properties,
        Map<String, String> decoders) {

    record Level(int level, long width, long height, double downsample, int tileWidth, int tileHeight) {}

    static SlideSummary of(Slide slide, Codecs codecs) {
        List<Level> levels = slide.levels().stream().map(SlideSummary::level).toList();
        Map<String, String> decoders = new TreeMap<>();
        decoders.put("jpeg", codecs.jpeg().implementation());
        decoders.put("jpeg2000", codecs.jpeg2000().map(d -> d.implementation()).orElse("none"));
        return new SlideSummary(
                slide.path().toString(),
                slide.format(),
                slide.backend(),
                slide.vendor().orElse(null),
                levels,
                slide.pixelSize().map(p -> p.mppX()).orElse(null),
                slide.pixelSize().map(p -> p.mppY()).orElse(null),
                slide.objectivePower().isPresent() ? slide.objectivePower().getAsDouble() : null,
                List.copyOf(slide.associatedImageNames()),
                new TreeMap<>(slide.properties()),
                decoders);
    }

    private static Level level(SlideLevel level) {
        return new Level(
                level.index(),
                level.width(),
                level.height(),
                level.downsample(),
                level.tileWidth(),
                level.tileHeight());
    }

    /** A few lines for a person. */
    String text() {
        StringBuilder out = new StringBuilder();
        out.append(file).append('\n');
        out.append("  format:     ")
                .append(format)
                .append(" (read by ")
                .append(backend)
                .append(")\n");
        if (vendor != null) {
            out.append("  vendor:     ").append(vendor).append('\n');
        }
        out.append("  pixel size: ")
                .append(mppX == null ? "not stated" : String.format("%.4f x %.4f µm/px", mppX, mppY))
                .append('\n');
        out.append("  objective:  ")
                .append(objectivePower == null ? "not stated" : String.format("%gx", objectivePower))
                .append('\n');
        out.append("  levels:\n");
        for (Level level : levels) {
            out.append(String.format(
                    "    %d: %d x %d px, downsample %.4f, tiles %d x %d%n",
                    level.level(),
                    level.width(),
                    level.height(),
                    level.downsample(),
                    level.tileWidth(),
                    level.tileHeight()));
        }
        out.append("  associated: ")
                .append(associated.isEmpty() ? "none" : String.join(", ", associated))
                .append('\n');
        out.append("  decoders:   ").append(decoders).append('\n');
        return out.toString();
    }
}
