package org.precis.slide.tiff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.precis.slide.PixelSize;
import org.precis.slide.SlideException;
import org.precis.slide.spi.SlideContext;
import org.precis.slide.spi.SlideDescription;
import org.precis.slide.spi.SlideFile;
import org.precis.slide.spi.SlideProbe;

/**
 * OME-TIFF: the first image and its SubIFDs (the OME pyramid layout) are the levels; pixel size
 * and objective magnification come from the OME-XML in the first description.
 */
public final class OmeTiffFormat extends TiffFamilyFormat {

    @Override
    public String name() {
        return "ome-tiff";
    }

    @Override
    public int score(SlideProbe probe) {
        return firstDescription(probe).filter(d -> d.contains("<OME")).isPresent() ? 90 : 0;
    }

    @Override
    TiffLayout layout(SlideFile source, TiffStructure structure, SlideContext context) throws SlideException {
        TiffDirectory base = structure.directories().get(0);
        OmeMetadata ome = OmeMetadata.parse(
                source.path(), base.text(TiffTag.IMAGE_DESCRIPTION).orElse(""));
        List<TiffDirectory> pyramid = new ArrayList<>(List.of(base));
        List<TiffDirectory> subs = new ArrayList<>(base.subDirectories());
        subs.sort(Comparator.comparingLong(TiffDirectory::width).reversed());
        for (TiffDirectory sub : subs) {
            TiffDirectory last = pyramid.get(pyramid.size() - 1);
            if (sub.width() < last.width() && sub.height() < last.height()) {
                pyramid.add(sub);
            }
        }
        List<TiffImage> levels = new ArrayList<>();
        for (TiffDirectory directory : pyramid) {
            levels.add(TiffImage.of(source, context.codecs(), levels.size(), directory, context.limits()));
        }
        Map<String, String> properties = new LinkedHashMap<>(TiffProperties.of(base));
        properties.putAll(ome.properties());
        Optional<PixelSize> pixelSize = ome.pixelSize();
        OptionalDouble objective = ome.nominalMagnification();
        return new TiffLayout(
                levels,
                Map.of(),
                new SlideDescription(name(), Optional.empty(), pixelSize, objective, Set.of(), properties));
    }
}
