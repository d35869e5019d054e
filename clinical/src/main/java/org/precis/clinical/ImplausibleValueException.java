package org.precis.clinical;

/**
 * A clinical finding outside what a patient can have (a 5000 mm tumour, 400 positive nodes, grade
 * 4): bad data, not a bad request, so that an index is never computed from it. A subclass of
 * {@link IllegalArgumentException}, as every invalid value here is.
 */
public final class ImplausibleValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public ImplausibleValueException(String message) {
        super(message);
    }
}
