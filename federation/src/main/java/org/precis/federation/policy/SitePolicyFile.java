package org.precis.federation.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.OptionalDouble;
import java.util.Set;
import org.precis.federation.algorithm.DisclosureRules;
import org.precis.federation.config.YamlProblem;
import org.precis.io.json.JsonMappers;

/**
 * Reads a site's policy file:
 *
 * <pre>
 * algorithms: [descriptive, km, cox-stratified]
 * columns: [time, status, age, sex, ph.ecog]
 * researchers: [alice, bob]
 * minimum-cell-count: 10      # optional, default 10
 * max-epsilon: 8              # optional: training on the site's patches only with differential privacy,
 *                             # at most this epsilon (at the study's delta) over all studies together
 * </pre>
 *
 * Every error is one line naming the file and the key; unknown keys are errors too, since a typo in
 * a privacy setting must not silently fall back to a default.
 */
public final class SitePolicyFile {
    /** A policy is a few lines; anything larger is refused before it is parsed. */
    public static final long MAX_BYTES = 1 << 20;

    private static final Set<String> KEYS =
            Set.of("algorithms", "columns", "researchers", "minimum-cell-count", "max-epsilon");

    private SitePolicyFile() {}

    public static SitePolicy load(Path file) throws PolicyFileException {
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new PolicyFileException(file + ": larger than " + MAX_BYTES + " bytes, not a policy file");
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new PolicyFileException(file + ": no such file", e);
        } catch (PolicyFileException e) {
            throw e;
        } catch (CharacterCodingException e) {
            throw new PolicyFileException(file + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw new PolicyFileException(file + ": cannot read: " + e.getMessage(), e);
        }
        JsonNode root;
        try {
            root = JsonMappers.yaml().readTree(text);
        } catch (JsonProcessingException e) {
            throw new PolicyFileException(file + ": " + YamlProblem.describe(e), e);
        }
        if (root == null || !root.isObject()) {
            throw new PolicyFileException(file + ": expected a mapping with keys "
                    + String.join(", ", KEYS.stream().sorted().toList()));
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!KEYS.contains(name)) {
                throw new PolicyFileException(file + ": unknown key '" + name
                        + "' (allowed: algorithms, columns, researchers, minimum-cell-count, max-epsilon)");
            }
        }
        Set<String> algorithms = names(file, root, "algorithms");
        Set<String> columns = names(file, root, "columns");
        Set<String> researchers = names(file, root, "researchers");
        int minimumCellCount = DisclosureRules.DEFAULT_MINIMUM_CELL_COUNT;
        JsonNode minimum = root.get("minimum-cell-count");
        if (minimum != null) {
            if (!minimum.isIntegralNumber() || !minimum.canConvertToInt() || minimum.asInt() < 1) {
                throw new PolicyFileException(file + ": key 'minimum-cell-count': must be a whole number >= 1, got '"
                        + minimum.asText() + "'");
            }
            minimumCellCount = minimum.asInt();
        }
        OptionalDouble maxEpsilon = OptionalDouble.empty();
        JsonNode max = root.get("max-epsilon");
        if (max != null) {
            if (!max.isNumber() || !(max.asDouble() > 0) || Double.isInfinite(max.asDouble())) {
                throw new PolicyFileException(
                        file + ": key 'max-epsilon': must be a number > 0, got '" + max.asText() + "'");
            }
            maxEpsilon = OptionalDouble.of(max.asDouble());
        }
        return new SitePolicy(algorithms, columns, researchers, minimumCellCount, maxEpsilon);
    }

    private static Set<String> names(Path file, JsonNode root, String key) throws PolicyFileException {
        JsonNode node = root.get(key);
        if (node == null || node.isNull()) {
            throw new PolicyFileException(file + ": key '" + key + "' is missing (a list of names)");
        }
        if (!node.isArray()) {
            throw new PolicyFileException(file + ": key '" + key + "': expected a list of names, got "
                    + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode element : node) {
            if (!element.isTextual() || element.asText().isBlank()) {
                throw new PolicyFileException(file + ": key '" + key + "': '" + element.asText() + "' is not a name");
            }
            if (!names.add(element.asText())) {
                throw new PolicyFileException(file + ": key '" + key + "': '" + element.asText() + "' is listed twice");
            }
        }
        return names;
    }
}
