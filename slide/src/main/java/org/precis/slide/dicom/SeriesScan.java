package org.precis.slide.dicom;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.precis.slide.SlideException;
import org.precis.slide.spi.ReadLimits;
import org.precis.slide.spi.SlideFile;

/**
 * Finds the other instances of a slide's series in the opened file's folder: {@code .dcm} files
 * with a Part 10 preamble, the WSM SOP class and the same Series Instance UID (and the same
 * Frame of Reference and Pyramid UIDs where both state them). Only headers are read, at most
 * {@link #MAX_FILES} files are looked at, and a file that does not parse is not part of the
 * series: a broken neighbour must not stop the slide from opening.
 */
final class SeriesScan {

    static final int MAX_FILES = 1000;

    private SeriesScan() {}

    static List<WsiInstance> siblings(WsiInstance opened, ReadLimits limits) {
        Optional<String> series = opened.uid(DicomTag.SERIES_INSTANCE_UID);
        Path folder = opened.path().toAbsolutePath().getParent();
        if (series.isEmpty() || folder == null) {
            return List.of();
        }
        List<Path> candidates = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                if (candidates.size() >= MAX_FILES) {
                    break;
                }
                if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".dcm")) {
                    candidates.add(file);
                }
            }
        } catch (IOException | SecurityException e) {
            return List.of(); // an unreadable folder leaves the opened file on its own
        }
        candidates.sort(null);
        Set<String> seen = new HashSet<>();
        opened.uid(DicomTag.SOP_INSTANCE_UID).ifPresent(seen::add);
        List<WsiInstance> found = new ArrayList<>();
        for (Path candidate : candidates) {
            if (found.size() + 1 >= limits.maxDirectories()) {
                break;
            }
            Optional<WsiInstance> instance = read(candidate, opened.path(), limits);
            if (instance.isPresent()
                    && sameSlide(opened, instance.get())
                    && seen.add(instance.get().uid(DicomTag.SOP_INSTANCE_UID).orElse(candidate.toString()))) {
                found.add(instance.get());
            }
        }
        return found;
    }

    private static Optional<WsiInstance> read(Path candidate, Path opened, ReadLimits limits) {
        try {
            if (!Files.isRegularFile(candidate) || Files.isSameFile(candidate, opened)) {
                return Optional.empty();
            }
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
        try (SlideFile file = new SlideFile(candidate)) {
            if (file.size() < 132 || !DicomParser.hasPart10Preamble(file.read(0, 132, "preamble"))) {
                return Optional.empty();
            }
            return Optional.of(WsiInstance.of(DicomParser.parse(file), limits));
        } catch (SlideException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean sameSlide(WsiInstance opened, WsiInstance other) {
        return opened.uid(DicomTag.SERIES_INSTANCE_UID).equals(other.uid(DicomTag.SERIES_INSTANCE_UID))
                && agree(opened, other, DicomTag.FRAME_OF_REFERENCE_UID)
                && agree(opened, other, DicomTag.PYRAMID_UID);
    }

    private static boolean agree(WsiInstance a, WsiInstance b, int tag) {
        Optional<String> first = a.uid(tag);
        Optional<String> second = b.uid(tag);
        return first.isEmpty() || second.isEmpty() || first.equals(second);
    }
}
