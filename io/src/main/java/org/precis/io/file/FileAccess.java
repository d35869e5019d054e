package org.precis.io.file;

/** Who may read a file Precis writes. */
public enum FileAccess {
    /** What the user's umask gives a new file ({@code 0666 & ~umask}, 0644 under the usual 022). */
    UMASK,
    /** The owner only (0600) from the moment the file exists, whatever the umask: private keys. */
    OWNER_ONLY
}
