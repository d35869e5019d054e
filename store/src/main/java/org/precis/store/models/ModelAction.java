package org.precis.store.models;

import java.util.Locale;

/**
 * Why a version's status changed: registered (candidate), promoted after every site's validation
 * said better, promoted by an administrator despite it, or rolled back (the version production
 * before the current one becomes production again).
 */
public enum ModelAction {
    REGISTER,
    PROMOTE,
    FORCED_PROMOTE,
    ROLLBACK;

    /** The label used on the command line and in JSON, e.g. {@code forced-promote}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
