package org.precis.embed;

/** A model failed to load or to run; the message names the encoder and, where known, its file. */
public class EncoderException extends Exception {

    public EncoderException(String message, Throwable cause) {
        super(message, cause);
    }
}
