package org.precis.store.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.regex.Pattern;
import org.precis.io.json.CanonicalJson;

/** The rules for what goes into a case: identifiers, texts and JSON values, checked when a value is built. */
final class CaseValues {
    static final int MAX_SPECIMEN_CHARS = 200;
    static final int MAX_NAME_CHARS = 200;
    static final int MAX_PATH_CHARS = 1024;
    static final int MAX_COMMENT_CHARS = 4000;
    static final int MAX_REASON_CHARS = 2000;
    static final int MAX_CLINICAL_FIELDS = 200;
    /** Bound on one stored JSON value (result, provenance), in characters of its canonical text. */
    static final int MAX_JSON_CHARS = 4 << 20;
    /** Bound on one annotation's GeoJSON feature. */
    static final int MAX_FEATURE_CHARS = 1 << 20;

    private static final Pattern CASE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");
    private static final Pattern PSEUDONYM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern SLIDE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]{0,63}");
    private static final Pattern FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,127}");
    private static final Pattern CLINICAL_COLUMN = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final Set<String> GEOMETRIES =
            Set.of("Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon");

    private CaseValues() {}

    static String requireCaseId(String caseId) {
        return match(CASE_ID, "case id", caseId, "1 to 32 letters, digits, dots, underscores or hyphens");
    }

    static String requirePseudonym(String pseudonym) {
        return match(
                PSEUDONYM, "patient pseudonym", pseudonym, "1 to 64 letters, digits, dots, underscores or hyphens");
    }

    static String requireSlideId(String slideId) {
        return match(SLIDE_ID, "slide id", slideId, "1 to 64 letters, digits, dots, underscores or hyphens");
    }

    static String requireKind(String kind) {
        return match(KIND, "analysis kind", kind, "lower-case letters, digits and hyphens, e.g. ki67 or survival-risk");
    }

    static String requireFindingKey(String key) {
        return match(FIELD, "finding", key, "a letter, then letters, digits, dots, underscores or hyphens");
    }

    private static String match(Pattern pattern, String what, String value, String rule) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new IllegalArgumentException("bad " + what + " '" + value + "': " + rule);
        }
        return value;
    }

    /** Non-blank text of at most {@code max} characters without control characters. */
    static String requireText(String what, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is empty");
        }
        if (value.length() > max) {
            throw new IllegalArgumentException(what + " is longer than " + max + " characters");
        }
        if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            throw new IllegalArgumentException(what + " contains control characters");
        }
        return value;
    }

    /** A path relative to a slide root: no leading slash or drive, no {@code ..} segment. */
    static String requireRelativePath(String path) {
        requireText("slide path", path, MAX_PATH_CHARS);
        if (path.contains("\n") || path.contains("\t")) {
            throw new IllegalArgumentException("slide path '" + path + "' contains control characters");
        }
        if (path.startsWith("/") || path.startsWith("\\") || path.matches("^[A-Za-z]:.*")) {
            throw new IllegalArgumentException("slide path '" + path + "' must be relative to a slide root");
        }
        for (String segment : path.split("[/\\\\]")) {
            if (segment.equals("..")) {
                throw new IllegalArgumentException("slide path '" + path + "' must not contain '..'");
            }
        }
        return path;
    }

    static void requireObject(String what, JsonNode value, int maxChars) {
        if (value == null || !value.isObject()) {
            throw new IllegalArgumentException(
                    what + " must be a JSON object, got " + (value == null ? "nothing" : value.getNodeType()));
        }
        if (CanonicalJson.write(value).length() > maxChars) {
            throw new IllegalArgumentException(what + " is larger than " + maxChars + " characters of JSON");
        }
    }

    /** Clinical data: a flat JSON object of lower-case columns whose values are numbers, text, booleans or null. */
    static void requireClinical(JsonNode clinical) {
        requireObject("clinical data", clinical, MAX_JSON_CHARS);
        if (clinical.size() > MAX_CLINICAL_FIELDS) {
            throw new IllegalArgumentException("clinical data has more than " + MAX_CLINICAL_FIELDS + " columns");
        }
        clinical.fields().forEachRemaining(field -> {
            match(CLINICAL_COLUMN, "clinical column", field.getKey(), "lower-case snake_case, e.g. size_mm");
            if (field.getValue().isContainerNode()) {
                throw new IllegalArgumentException(
                        "clinical column " + field.getKey() + " must be a number, text, true/false or null, not "
                                + field.getValue().getNodeType());
            }
        });
    }

    /** A GeoJSON Feature with a geometry of a known type and coordinates. */
    static void requireFeature(JsonNode feature) {
        requireObject("annotation", feature, MAX_FEATURE_CHARS);
        if (!"Feature".equals(feature.path("type").asText())) {
            throw new IllegalArgumentException("annotation must be a GeoJSON Feature (\"type\": \"Feature\")");
        }
        JsonNode geometry = feature.path("geometry");
        if (!geometry.isObject() || !GEOMETRIES.contains(geometry.path("type").asText())) {
            throw new IllegalArgumentException("annotation geometry must be one of "
                    + GEOMETRIES.stream().sorted().toList());
        }
        if (!geometry.path("coordinates").isArray()) {
            throw new IllegalArgumentException("annotation geometry has no coordinates array");
        }
        JsonNode properties = feature.path("properties");
        if (!properties.isMissingNode() && !properties.isNull() && !properties.isObject()) {
            throw new IllegalArgumentException("annotation properties must be a JSON object");
        }
        AnnotationClassification.of(properties.path("classification"));
    }
}
