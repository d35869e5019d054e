package org.precis.store.models;

import java.util.Optional;
import java.util.regex.Pattern;

/** The checks on what a caller hands the registry, each failing with one line naming the value. */
final class ModelValues {
    /** A model name: a letter or digit, then up to 63 letters, digits, dots, underscores or hyphens. */
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /** A site or study id, in the same alphabet. */
    static final Pattern SITE = NAME;

    static final int MAX_TASK_CHARS = 200;
    static final int MAX_INTENDED_USE_CHARS = 4000;
    static final int MAX_LICENCE_CHARS = 200;
    static final int MAX_REASON_CHARS = 2000;

    private ModelValues() {}

    static String requireName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("bad model name '" + name
                    + "': a letter or digit, then up to 63 letters, digits, dots, underscores or hyphens");
        }
        return name;
    }

    static String requireSite(String site) {
        if (site == null || !SITE.matcher(site).matches()) {
            throw new IllegalArgumentException("bad site '" + site
                    + "': a letter or digit, then up to 63 letters, digits, dots, underscores or hyphens");
        }
        return site;
    }

    static Optional<String> requireStudy(Optional<String> study) {
        if (study == null) {
            return Optional.empty();
        }
        study.ifPresent(id -> {
            if (!SITE.matcher(id).matches()) {
                throw new IllegalArgumentException("bad study id '" + id
                        + "': a letter or digit, then up to 63 letters, digits, dots, underscores or hyphens");
            }
        });
        return study;
    }

    static int requireVersion(int version) {
        if (version < 1) {
            throw new IllegalArgumentException("model versions start at 1, got " + version);
        }
        return version;
    }

    /** {@code text} stripped; IllegalArgumentException when blank, too long or holding control characters. */
    static String requireText(String what, String text, int maxChars) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        String stripped = text.strip();
        if (stripped.length() > maxChars) {
            throw new IllegalArgumentException(what + " is longer than " + maxChars + " characters");
        }
        if (stripped.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            throw new IllegalArgumentException(what + " holds control characters");
        }
        return stripped;
    }

    /** A reason that may be left out (null or blank: none). */
    static Optional<String> optionalReason(String reason) {
        return reason == null || reason.isBlank()
                ? Optional.empty()
                : Optional.of(requireText("the reason", reason, MAX_REASON_CHARS));
    }
}
