package org.precis.slide.tiff;

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
        super(source.path(), context, layout.levels(), layout.description());
        this.source = source;
        this.layout = layout;
    }

    @Override
    protected RgbImage readAssociatedImage(String name) throws SlideException {
        return layout.associated().get(name).readWhole();
    }

    @Override
    protected void release() {
        source.close();
    }
}
