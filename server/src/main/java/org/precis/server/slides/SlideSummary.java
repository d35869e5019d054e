package org.precis.server.slides;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.precis.casework.library.LibrarySlide;

/**
 * What {@code GET /api/slides} says of a slide: its size, format and pixel size (null when the
 * file states none), or why it could not be read (a corrupt slide is listed with its error, not
 * left out silently).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SlideSummary(
        String id, String name, String format, Long width, Long height, Double mpp, Integer levels, String error) {

    static SlideSummary unreadable(LibrarySlide slide, String error) {
        return new SlideSummary(slide.id(), slide.name(), null, null, null, null, null, error);
    }

    public boolean readable() {
        return error == null;
    }
}
