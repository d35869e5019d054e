package org.precis.store.users;

/**
 * Argon2id cost parameters. New hashes use the store's parameters; each hash string records its
 * own, so older hashes still verify after the parameters change, and are re-hashed at the next
 * successful login.
 */
public record PasswordHashing(int memoryKiB, int iterations, int parallelism) {
    /** OWASP's minimum for Argon2id (Password Storage Cheat Sheet): 19 MiB, 2 iterations, 1 lane. */
    public static final PasswordHashing OWASP = new PasswordHashing(19 * 1024, 2, 1);

    /** Bounds on parameters read from a stored hash, so a tampered row cannot demand a gigabyte. */
    static final int MAX_MEMORY_KIB = 1 << 20;

    static final int MAX_ITERATIONS = 64;
    static final int MAX_PARALLELISM = 16;

    public PasswordHashing {
        if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
            throw new IllegalArgumentException(
                    "Argon2 parallelism must be 1.." + MAX_PARALLELISM + ", got " + parallelism);
        }
        if (memoryKiB < 8 * parallelism || memoryKiB > MAX_MEMORY_KIB) {
            throw new IllegalArgumentException(
                    "Argon2 memory must be " + 8 * parallelism + ".." + MAX_MEMORY_KIB + " KiB, got " + memoryKiB);
        }
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException(
                    "Argon2 iterations must be 1.." + MAX_ITERATIONS + ", got " + iterations);
        }
    }
}
