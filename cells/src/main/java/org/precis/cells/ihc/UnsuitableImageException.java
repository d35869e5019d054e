package org.precis.cells.ihc;

/**
 * The image cannot be scored as haematoxylin–DAB brightfield (for example an H&amp;E or a
 * fluorescence image); the message says what was found, in one line, without the file's name.
 */
public final class UnsuitableImageException extends Exception {

    private static final long serialVersionUID = 1L;

    public UnsuitableImageException(String message) {
        super(message);
    }
}
