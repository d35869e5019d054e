package org.precis.federation.pki;

import java.util.Locale;

/** What a certificate holder does in a collaboration; written as the subject's OU. */
public enum Role {
    SITE,
    COORDINATOR,
    RESEARCHER;

    /** The OU value written into certificates, e.g. {@code site}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role whose {@link #label()} is {@code label}; IllegalArgumentException otherwise. */
    public static Role ofLabel(String label) {
        for (Role role : values()) {
            if (role.label().equals(label)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role '" + label + "' (expected site, coordinator or researcher)");
    }
}
