package org.precis.embed.hdf5;

/**
 * What the HDF5 reader said about a damaged file, in one line and without its exception's class
 * name ({@code io.jhdf.exceptions.HdfException: ...} reads as a crash to a user).
 */
public final class HdfDamage {

    private HdfDamage() {}

    /** {@code damaged or unsupported HDF5} and, when the reader gave one, the first line of its reason. */
    public static String describe(RuntimeException e) {
        String reason = e.getMessage() == null
                ? ""
                : e.getMessage().lines().findFirst().orElse("").strip();
        return "damaged or unsupported HDF5" + (reason.isEmpty() ? "" : " (" + reason + ")");
    }
}
