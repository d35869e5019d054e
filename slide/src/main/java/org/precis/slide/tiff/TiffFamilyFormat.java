package org.precis.slide.tiff;

import java.util.Optional;
import org.precis.slide.CorruptSlideException;
import org.precis.slide.Slide;
import org.precis.slide.SlideException;
import org.precis.slide.spi.ReadLimits;
import org.precis.slide.spi.SlideContext;
import org.precis.slide.spi.SlideFile;
import org.precis.slide.spi.SlideFormat;
import org.precis.slide.spi.SlideProbe;

/** What the TIFF flavours share: parsing the file, then laying its images out as a slide. */
abstract class TiffFamilyFormat implements SlideFormat {

    @Override
    public Slide open(SlideProbe probe, SlideContext context) throws SlideException {
        SlideFile source = new SlideFile(probe.path());
        try {
            TiffStructure structure = TiffParser.parse(source, context.limits());
            return new TiffSlide(source, context, layout(source, structure, context));
        } catch (SlideException e) {
            source.close();
            throw e;
        } catch (RuntimeException e) {
            source.close();
            throw new CorruptSlideException(probe.path(), null, "unreadable TIFF structure (" + e + ")", e);
        }
    }

    abstract TiffLayout layout(SlideFile source, TiffStructure structure, SlideContext context) throws SlideException;

    /** The first image's description, when the file is a TIFF whose structure parses. */
    static Optional<String> firstDescription(SlideProbe probe) {
        if (!TiffParser.looksLikeTiff(probe.head())) {
            return Optional.empty();
        }
        try (SlideFile source = new SlideFile(probe.path())) {
            return TiffParser.firstDirectory(source, ReadLimits.DEFAULT).text(TiffTag.IMAGE_DESCRIPTION);
        } catch (SlideException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
