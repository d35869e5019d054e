package org.precis.store;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a store lives: a JDBC URL, with the user and password kept apart from it so that {@link
 * #toString} can leave the password out. Two kinds are accepted: H2 ({@code jdbc:h2:...}, the
 * embedded default, opened in PostgreSQL compatibility mode so that one set of migrations serves
 * both) and PostgreSQL ({@code jdbc:postgresql://HOST[:PORT]/DATABASE[?user=...&password=...]}).
 */
public record StoreLocation(String jdbcUrl, Optional<String> user, Optional<String> password) {

    /** The H2 settings the store's SQL needs, added to an H2 URL that does not name them. */
    static final Map<String, String> H2_SETTINGS = h2Settings();

    private static final Pattern POSTGRESQL = Pattern.compile("jdbc:postgresql://[^/?#\\s]+/[^/?#\\s]+(\\?[^#\\s]*)?");
    private static final String EXPECTED =
            "expected jdbc:h2:... or jdbc:postgresql://HOST[:PORT]/DATABASE[?user=USER&password=PASSWORD]";

    public StoreLocation {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (!jdbcUrl.startsWith("jdbc:h2:") && !POSTGRESQL.matcher(jdbcUrl).matches()) {
            throw new IllegalArgumentException("unsupported store URL '" + redacted(jdbcUrl) + "': " + EXPECTED);
        }
    }

    /** The embedded default: an H2 database in the file {@code dataDir/store.mv.db}. */
    public static StoreLocation embedded(Path dataDir) {
        return parse("jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("store"));
    }

    /**
     * Reads a store URL as given on a command line. An H2 URL gets the settings the store needs
     * (and is refused if it sets them otherwise); a PostgreSQL URL has its {@code user} and {@code
     * password} parameters moved into the record. Anything else is refused with a one-line message.
     */
    public static StoreLocation parse(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("the store URL is empty: " + EXPECTED);
        }
        String trimmed = url.strip();
        if (trimmed.startsWith("jdbc:h2:")) {
            return new StoreLocation(withH2Settings(trimmed), Optional.empty(), Optional.empty());
        }
        if (!POSTGRESQL.matcher(trimmed).matches()) {
            throw new IllegalArgumentException("unsupported store URL '" + redacted(trimmed) + "': " + EXPECTED);
        }
        int query = trimmed.indexOf('?');
        if (query < 0) {
            return new StoreLocation(trimmed, Optional.empty(), Optional.empty());
        }
        String user = null;
        String password = null;
        List<String> kept = new ArrayList<>();
        for (String parameter : trimmed.substring(query + 1).split("&")) {
            if (parameter.isEmpty()) {
                continue;
            }
            int equals = parameter.indexOf('=');
            String name = equals < 0 ? parameter : parameter.substring(0, equals);
            String value = equals < 0 ? "" : parameter.substring(equals + 1);
            if (name.equals("user")) {
                user = decode(value);
            } else if (name.equals("password")) {
                password = decode(value);
            } else {
                kept.add(parameter);
            }
        }
        String base = trimmed.substring(0, query) + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
        return new StoreLocation(base, Optional.ofNullable(user), Optional.ofNullable(password));
    }

    /** Whether this is an H2 database (embedded or H2 server) rather than PostgreSQL. */
    public boolean isH2() {
        return jdbcUrl.startsWith("jdbc:h2:");
    }

    /** The URL and user, never the password. */
    @Override
    public String toString() {
        return jdbcUrl
                + user.map(name -> " (user " + name + ")").orElse("")
                + password.map(secret -> " (password set)").orElse("");
    }

    private static String withH2Settings(String url) {
        String[] parts = url.split(";");
        Map<String, String> given = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            int equals = parts[i].indexOf('=');
            if (equals > 0) {
                given.put(parts[i].substring(0, equals).toUpperCase(Locale.ROOT), parts[i].substring(equals + 1));
            }
        }
        StringBuilder result = new StringBuilder(url);
        for (Map.Entry<String, String> setting : H2_SETTINGS.entrySet()) {
            String value = given.get(setting.getKey());
            if (value == null) {
                result.append(';').append(setting.getKey()).append('=').append(setting.getValue());
            } else if (!setting.getKey().equals("LOCK_TIMEOUT") && !value.equalsIgnoreCase(setting.getValue())) {
                throw new IllegalArgumentException("store URL '" + redacted(url) + "' sets " + setting.getKey() + "="
                        + value + ", but the store needs " + setting.getKey() + "=" + setting.getValue());
            }
        }
        return result.toString();
    }

    private static Map<String, String> h2Settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("MODE", "PostgreSQL");
        settings.put("DATABASE_TO_LOWER", "TRUE");
        settings.put("DEFAULT_NULL_ORDERING", "HIGH");
        // Appends to the audit trail wait for its head row; a few seconds beats H2's default second.
        settings.put("LOCK_TIMEOUT", "10000");
        return Collections.unmodifiableMap(settings);
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    /** The URL with any password parameter blanked, for messages. */
    static String redacted(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
