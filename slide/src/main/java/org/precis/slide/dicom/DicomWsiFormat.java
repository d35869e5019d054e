package org.precis.slide.dicom;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.precis.slide.CorruptSlideException;
import org.precis.slide.Slide;
import org.precis.slide.SlideException;
import org.precis.slide.spi.SlideContext;
import org.precis.slide.spi.SlideFile;
import org.precis.slide.spi.SlideFormat;
import org.precis.slide.spi.SlideProbe;

/**
 * DICOM VL Whole Slide Microscopy Image (PS3.3 A.32.8): the opened instance and the others of
 * its series in the same folder. VOLUME instances are the pyramid levels, widest first;
 * THUMBNAIL, LABEL and OVERVIEW instances are the associated images {@code thumbnail},
 * {@code label} and {@code macro}.
 */
public final class DicomWsiFormat implements SlideFormat {

    static final String NAME = "dicom-wsi";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int score(SlideProbe probe) {
        return DicomParser.hasPart10Preamble(probe.head()) ? 100 : 0;
    }

    @Override
    public Slide open(SlideProbe probe, SlideContext context) throws SlideException {
        List<SlideFile> files = new ArrayList<>();
        try {
            SlideFile first = new SlideFile(probe.path());
            files.add(first);
            WsiInstance opened = WsiInstance.of(DicomParser.parse(first), context.limits());
            List<WsiInstance> instances = new ArrayList<>();
            instances.add(opened);
            instances.addAll(SeriesScan.siblings(opened, context.limits()));
            return assemble(probe, context, instances, first, files);
        } catch (SlideException e) {
            closeAll(files);
            throw e;
        } catch (RuntimeException e) {
            closeAll(files);
            throw new CorruptSlideException(probe.path(), null, "unreadable DICOM structure (" + e + ")", e);
        }
    }

    private static Slide assemble(
            SlideProbe probe,
            SlideContext context,
            List<WsiInstance> instances,
            SlideFile openedFile,
            List<SlideFile> files)
            throws SlideException {
        WsiInstance opened = instances.get(0);
        List<WsiInstance> volumes = new ArrayList<>();
        for (WsiInstance instance : instances) {
            if (instance.flavour() == ImageFlavour.VOLUME) {
                volumes.add(instance);
            }
        }
        if (volumes.isEmpty()) {
            volumes.add(opened); // an associated image opened on its own is still worth showing
        }
        volumes.sort(Comparator.comparingLong(WsiInstance::totalColumns).reversed());
        List<DicomLevel> levels = new ArrayList<>();
        long previousWidth = -1;
        for (WsiInstance volume : volumes) {
            // same width again: another focal plane or optical path of a level already taken
            if (volume.totalColumns() == previousWidth) {
                continue;
            }
            Optional<DicomLevel> level = level(volume, opened, openedFile, context, levels.size(), files);
            if (level.isPresent()) {
                levels.add(level.get());
                previousWidth = volume.totalColumns();
            }
        }
        if (levels.isEmpty()) {
            levels.add(DicomLevel.of(openedFile, opened, context.codecs(), 0, context.limits()));
        }
        Map<String, DicomLevel> associated = new LinkedHashMap<>();
        for (WsiInstance instance : instances) {
            Optional<String> name = instance.flavour().associatedName();
            if (name.isPresent() && !associated.containsKey(name.get())) {
                level(instance, opened, openedFile, context, -1, files)
                        .ifPresent(image -> associated.put(name.get(), image));
            }
        }
        DicomMetadata metadata = DicomMetadata.of(levels.get(0).instance(), instances.size());
        return new DicomSlide(probe.path(), context, levels, associated, metadata, files);
    }

    /**
     * The instance's frames laid out. Failures in the opened file are the caller's to see; a
     * neighbour that does not lay out is left out, as the folder scan leaves out one that does not
     * parse.
     */
    private static Optional<DicomLevel> level(
            WsiInstance instance,
            WsiInstance opened,
            SlideFile openedFile,
            SlideContext context,
            int index,
            List<SlideFile> files)
            throws SlideException {
        if (instance == opened) {
            return Optional.of(DicomLevel.of(openedFile, instance, context.codecs(), index, context.limits()));
        }
        SlideFile file = new SlideFile(instance.path());
        try {
            DicomLevel level = DicomLevel.of(file, instance, context.codecs(), index, context.limits());
            files.add(file);
            return Optional.of(level);
        } catch (SlideException | RuntimeException e) {
            file.close();
            return Optional.empty();
        }
    }

    private static void closeAll(List<SlideFile> files) {
        for (SlideFile file : files) {
            file.close();
        }
    }
}
