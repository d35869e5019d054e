package org.precis.store.users;

import java.util.Locale;

/** What a user may do: a pathologist reviews and signs, a researcher reads, an administrator manages users. */
public enum Role {
    PATHOLOGIST,
    RESEARCHER,
    ADMINISTRATOR;

    /** The label used on the command line and in JSON, e.g. {@code pathologist}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role labelled {@code label} (any case); IllegalArgumentException naming the choices otherwise. */
    public static Role parse(String label) {
        if (label != null) {
            for (Role role : values()) {
                if (role.label().equalsIgnoreCase(label.strip())) {
                    return role;
                }
            }
        }
        throw new IllegalArgumentException(
                "unknown role '" + label + "': expected pathologist, researcher or administrator");
    }
}
