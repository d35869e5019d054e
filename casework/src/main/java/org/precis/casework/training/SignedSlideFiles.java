package org.precis.casework.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.precis.casework.library.LibrarySlide;
import org.precis.casework.library.SlideLibrary;
import org.precis.io.file.FileSha256;

/**
 * The files of signed slides, found in the slide folders by slide id (as the workstation finds
 * them) and checked against the SHA-256 the sign-off froze, so that patches come from the very
 * slide the pathologist signed. Each file is hashed once.
 */
final class SignedSlideFiles {
    private final SlideLibrary library;
    private final Map<Path, String> hashes = new HashMap<>();

    SignedSlideFiles(SlideLibrary library) {
        this.library = library;
    }

    /** The file of a signed slide; TrainingPatchException when it is missing, unreadable or not the one signed. */
    Path file(SignedCase signed, SignedSlide slide) throws TrainingPatchException {
        String where = "case " + signed.caseId() + " slide " + slide.slideId();
        LibrarySlide found = library.find(slide.slideId())
                .orElseThrow(() -> new TrainingPatchException(
                        where + ": not in the slide folders " + library.roots() + " (signed as " + slide.path() + ")"));
        Path file = found.file();
        if (!Files.isReadable(file)) {
            throw new TrainingPatchException(where + ": " + file + " cannot be read");
        }
        String sha256;
        try {
            sha256 = hashes.containsKey(file) ? hashes.get(file) : FileSha256.of(file);
        } catch (IOException e) {
            throw new TrainingPatchException(where + ": " + file + " cannot be read: " + e.getMessage(), e);
        }
        hashes.put(file, sha256);
        if (!sha256.equalsIgnoreCase(slide.sha256())) {
            throw new TrainingPatchException(where + ": " + file + " is not the slide signed (SHA-256 " + sha256
                    + ", signed " + slide.sha256() + ")");
        }
        return file;
    }
}
