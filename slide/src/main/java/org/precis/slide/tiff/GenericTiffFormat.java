package org.precis.slide.tiff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.precis.slide.SlideException;
import org.precis.slide.spi.SlideContext;
import org.precis.slide.spi.SlideDescription;
import org.precis.slide.spi.SlideFile;
import org.precis.slide.spi.SlideProbe;

/**
 * Any other TIFF or BigTIFF: the first image is level 0; its SubIFDs and the later images of
 * the chain that are reduced-resolution copies of it (flagged so, or tiled like it with the
 * same aspect) are the rest of the pyramid, largest first.
 */
public final class GenericTiffFormat extends TiffFamilyFormat {

    @Override
    public String name() {
        return "generic-tiff";
    }

    @Override
    public int score(SlideProbe probe) {
        return TiffParser.looksLikeTiff(probe.head()) ? 50 : 0;
    }

    @Override
    TiffLayout layout(SlideFile source, TiffStructure structure, SlideContext context) throws SlideException {
        TiffDirectory base = structure.directories().get(0);
        List<TiffDirectory> candidates = new ArrayList<>(base.subDirectories());
        for (TiffDirectory directory :
                structure.directories().subList(1, structure.directories().size())) {
            if (directory.reducedResolution() || (base.tiled() && directory.tiled())) {
                candidates.add(directory);
            }
        }
        candidates.sort(Comparator.comparingLong(TiffDirectory::width).reversed());
        List<TiffDirectory> pyramid = new ArrayList<>(List.of(base));
        for (TiffDirectory candidate : candidates) {
            TiffDirectory last = pyramid.get(pyramid.size() - 1);
            if (candidate.width() < last.width() && candidate.height() < last.height() && sameAspect(base, candidate)) {
                pyramid.add(candidate);
            }
        }
        List<TiffImage> levels = new ArrayList<>();
        for (TiffDirectory directory : pyramid) {
            levels.add(TiffImage.of(source, context.codecs(), levels.size(), directory, context.limits()));
        }
        return new TiffLayout(
                levels,
                Map.of(),
                new SlideDescription(
                        name(),
                        Optional.empty(),
                        TiffProperties.pixelSize(base),
                        OptionalDouble.empty(),
                        Set.of(),
                        TiffProperties.of(base)));
    }

    /** Whether the two downsample ratios agree, allowing for each level's rounding to whole pixels. */
    static boolean sameAspect(TiffDirectory base, TiffDirectory level) {
        if (level.width() <= 0 || level.height() <= 0) {
            return false;
        }
        double ratioX = (double) base.width() / level.width();
        double ratioY = (double) base.height() / level.height();
        double tolerance = Math.max(ratioX / level.width(), ratioY / level.height()) * 2 + 0.01 * ratioX;
        return Math.abs(ratioX - ratioY) <= tolerance;
    }
}
