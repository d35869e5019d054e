package org.precis.cells.ihc;

import java.util.List;

/**
 * What is known of an image's staining before any nucleus is found: its white and its stain
 * vectors, with the warnings that came with them (for example that the standard vectors were
 * used because the image has too little stain to estimate them).
 */
public record StainEstimate(WhitePoint white, HdabStains stains, List<String> warnings) {

    public StainEstimate {
        if (white == null || stains == null) {
            throw new IllegalArgumentException("white point and stains are required");
        }
        warnings = List.copyOf(warnings);
    }
}
