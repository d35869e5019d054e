package org.precis.slide.tiff;

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

/** A slide read from a TIFF-family file by Precis's own reader. */
final class TiffSlide extends TiledSlide {

    private final SlideFile source;
    private final TiffLayout layout;

    TiffSlide(SlideFile source, SlideContext context, TiffLayout layout) {
        super(source.path(), context, layout.levels());
        this.source = source;
        this.layout = layout;
    }

    @Override
    public String format() {
        return layout.format();
    }

    @Override
    public Optional<String> vendor() {
        return layout.vendor();
    }

    @Override
    public Optional<PixelSize> pixelSize() {
        return layout.pixelSize();
    }

    @Override
    public OptionalDouble objectivePower() {
        return layout.objectivePower();
    }

    @Override
    public Set<String> associatedImageNames() {
        return new TreeSet<>(layout.associated().keySet());
    }

    @Override
    public RgbImage associatedImage(String name) throws SlideException {
        TiffImage image = layout.associated().get(name);
        if (image == null) {
            throw new IllegalArgumentException(path().getFileName() + " has no associated image named " + name);
        }
        return image.readWhole();
    }

    @Override
    public Map<String, String> properties() {
        return layout.properties();
    }

    @Override
    protected void release() {
        source.close();
    }
}
