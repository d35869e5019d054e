package org.precis.slide.dicom;

import java.util.List;
import java.util.Optional;

/** What an instance shows, from value 3 of Image Type (0008,0008). */
enum ImageFlavour {
    VOLUME(null),
    THUMBNAIL("thumbnail"),
    LABEL("label"),
    OVERVIEW("macro");

    private final String associatedName;

    ImageFlavour(String associatedName) {
        this.associatedName = associatedName;
    }

    /** The name of the associated image it becomes; empty for a pyramid level. */
    Optional<String> associatedName() {
        return Optional.ofNullable(associatedName);
    }

    /** Absent or unknown values count as a pyramid level, as most single-file exports lack them. */
    static ImageFlavour of(List<String> imageType) {
        if (imageType.size() < 3) {
            return VOLUME;
        }
        return switch (imageType.get(2)) {
            case "THUMBNAIL" -> THUMBNAIL;
            case "LABEL" -> LABEL;
            case "OVERVIEW" -> OVERVIEW;
            default -> VOLUME;
        };
    }
}
