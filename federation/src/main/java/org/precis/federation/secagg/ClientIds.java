package org.precis.federation.secagg;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** Checks on client identities in messages: non-blank, short, unique. */
final class ClientIds {
    private ClientIds() {}

    static String check(String id) {
        if (id == null || id.isBlank() || id.getBytes(StandardCharsets.UTF_8).length > MessageReader.MAX_ID_BYTES) {
            throw new IllegalArgumentException(
                    "client id must be 1.." + MessageReader.MAX_ID_BYTES + " bytes, got '" + id + "'");
        }
        return id;
    }

    static void requireUnique(Collection<String> ids, String what) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new SecAggException(what + " lists client '" + id + "' twice");
            }
        }
    }
}
