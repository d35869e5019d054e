package org.precis.slide.dicom;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.precis.slide.RgbImage;
import org.precis.slide.SlideException;
import org.precis.slide.spi.SlideContext;
import org.precis.slide.spi.SlideDescription;
import org.precis.slide.spi.SlideFile;
import org.precis.slide.spi.TiledSlide;

/** A slide made of one or more WSM instances of a series, read by Precis's own reader. */
final class DicomSlide extends TiledSlide {

    private final List<SlideFile> files;
    private final Map<String, DicomLevel> associated;

    /** {@code opened} is the file the caller named, which need not hold level 0. */
    DicomSlide(
            Path opened,
            SlideContext context,
            List<DicomLevel> levels,
            Map<String, DicomLevel> associated,
            DicomMetadata metadata,
            List<SlideFile> files) {
        super(
                opened,
                context,
                levels,
                new SlideDescription(
                        DicomWsiFormat.NAME,
                        metadata.vendor(),
                        metadata.pixelSize(),
                        metadata.objectivePower(),
                        associated.keySet(),
                        metadata.properties()));
        this.files = List.copyOf(files);
        this.associated = Map.copyOf(associated);
    }

    @Override
    protected RgbImage readAssociatedImage(String name) throws SlideException {
        return associated.get(name).readWhole();
    }

    @Override
    protected void release() {
        for (SlideFile file : files) {
            file.close();
        }
    }
}
