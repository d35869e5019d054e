package org.precis.casework.training;

/**
 * A training-patch export cannot be made from what the store and the slide folders hold: no signed
 * case, a class no signed annotation carries, a signed slide missing, changed or unreadable, an
 * output folder that is not empty. The message is one line naming the case, slide, annotation or
 * folder at fault; nothing was written.
 */
public final class TrainingPatchException extends Exception {
    private static final long serialVersionUID = 1L;

    public TrainingPatchException(String message) {
        super(message);
    }

    public TrainingPatchException(String message, Throwable cause) {
        super(message, cause);
    }
}
