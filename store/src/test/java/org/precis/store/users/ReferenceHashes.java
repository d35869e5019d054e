package org.precis.store.users;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The Argon2id hashes the reference implementation made (src/test/resources/argon2/reference-hashes.sh). */
public final class ReferenceHashes {
    /** A password and its hash as libargon2 encodes it. */
    public record Entry(String password, String hash) {}

    private ReferenceHashes() {}

    public static List<Entry> all() {
        try (InputStream in = ReferenceHashes.class.getResourceAsStream("/argon2/reference-hashes.tsv")) {
            List<Entry> entries = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    String[] fields = line.split("\t");
                    entries.add(new Entry(fields[0], fields[1]));
                }
            }
            return List.copyOf(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
