package org.precis.federation.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Set;
import org.precis.federation.tls.TlsFiles;
import org.precis.io.json.JsonMappers;
import org.precis.table.InputDataException;

/**
 * One YAML configuration file, read with errors that name the file and the key: paths in it are
 * relative to the file's folder, unknown keys are refused (a misspelt key is a mistake, not a
 * default).
 */
final class ConfigFile {
    private static final long MAX_BYTES = 1 << 20;

    private final Path file;
    private final JsonNode root;

    private ConfigFile(Path file, JsonNode root) {
        this.file = file;
        this.root = root;
    }

    static ConfigFile read(Path file, Set<String> keys) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new InputDataException(file, 0, "configuration file not found");
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new InputDataException(file, 0, "configuration file is larger than " + MAX_BYTES + " bytes");
        }
        JsonNode root;
        try {
            root = JsonMappers.yaml().readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(file + ": not UTF-8 text", e);
        } catch (JsonProcessingException e) {
            throw new InputDataException(file, 0, YamlProblem.describe(e));
        }
        if (root == null || !root.isObject()) {
            throw new InputDataException(file, 0, "expected a mapping of " + keys);
        }
        ConfigFile config = new ConfigFile(file, root);
        config.requireKnown(root, "", keys);
        return config;
    }

    Path file() {
        return file;
    }

    String text(String key) {
        JsonNode value = root.path(key);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw error(key, "must be given as text");
        }
        return value.asText();
    }

    boolean has(String key) {
        return root.has(key);
    }

    Path path(String key) {
        return resolve(key, text(key));
    }

    int port(String key) {
        JsonNode value = root.path(key);
        if (!value.canConvertToInt() || value.intValue() < 0 || value.intValue() > 65535) {
            throw error(key, "must be a port number 0-65535, got " + value);
        }
        return value.intValue();
    }

    Duration millis(String key, Duration otherwise) {
        JsonNode value = root.path(key);
        if (value.isMissingNode()) {
            return otherwise;
        }
        if (!value.canConvertToLong() || value.longValue() <= 0) {
            throw error(key, "must be a positive number of milliseconds, got " + value);
        }
        return Duration.ofMillis(value.longValue());
    }

    /** The {@code tls} block: key, certificate, ca, revocations. */
    TlsFiles tls() {
        JsonNode tls = root.path("tls");
        if (!tls.isObject()) {
            throw error("tls", "must be a mapping of key, certificate, ca, revocations");
        }
        requireKnown(tls, "tls.", Set.of("key", "certificate", "ca", "revocations"));
        return new TlsFiles(
                tlsPath(tls, "key"), tlsPath(tls, "certificate"), tlsPath(tls, "ca"), tlsPath(tls, "revocations"));
    }

    IllegalArgumentException error(String key, String what) {
        return new InputDataException(file, 0, "'" + key + "' " + what);
    }

    private Path tlsPath(JsonNode tls, String key) {
        JsonNode value = tls.path(key);
        if (!value.isTextual()) {
            throw error("tls." + key, "must be given as a path");
        }
        return resolve("tls." + key, value.asText());
    }

    private Path resolve(String key, String path) {
        try {
            return file.toAbsolutePath().getParent().resolve(path).normalize();
        } catch (InvalidPathException e) {
            throw error(key, "is not a valid path: " + e.getReason());
        }
    }

    private void requireKnown(JsonNode node, String prefix, Set<String> keys) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!keys.contains(name)) {
                throw new InputDataException(file, 0, "unknown key '" + prefix + name + "' (expected " + keys + ")");
            }
        }
    }
}
