package org.precis.slide.dicom;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import org.precis.slide.PixelSize;
import org.precis.slide.RgbImage;
import org.precis.slide.SlideException;
import org.precis.slide.spi.SlideContext;
import org.precis.slide.spi.SlideFile;
import org.precis.slide.spi.TiledSlide;

/** A slide made of one or more WSM instances of a series, read by Precis's own reader. */
final class DicomSlide extends TiledSlide {

    private final List<SlideFile> files;
    private final Map<String, DicomLevel> associated;
    private final DicomMetadata metadata;

    /** {@code opened} is the file the caller named, which need not hold level 0. */
    DicomSlide(Path opened, SlideContext context, List<DicomLevel> levels, Map<String, DicomLevel> associated,
            DicomMetadata metadata, List<SlideFile> files) {
        super(opened, context, levels);
        this.files = List.copyOf(files);
        this.associated = Map.copyOf(associated);
        this.metadata = metadata;
    }

    @Override
    public String format() {
        return DicomWsiFormat.NAME;
    }

    @Override
    public Optional<String> vendor() {
        return metadata.vendor();
    }

    @Override
    public Optional<PixelSize> pixelSize() {
        return metadata.pixelSize();
    }

    @Override
    public OptionalDouble objectivePower() {
        return metadata.objectivePower();
    }

    @Override
    public Set<String> associatedImageNames() {
        return new TreeSet<>(associated.keySet());
    }

    @Override
    public RgbImage associatedImage(String name) throws SlideException {
        DicomLevel image = associated.get(name);
        if (image == null) {
            throw new IllegalArgumentException(path().getFileName() + " has no associated image named " + name);
        }
        return image.readWhole();
    }

    @Override
    public Map<String, String> properties() {
        return metadata.properties();
    }

    @Override
    protected void release() {
        for (SlideFile file : files) {
            file.close();
        }
    }
}
