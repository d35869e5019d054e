package org.precis.casework.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;
import org.precis.report.casereport.FindingValue;
import org.precis.report.casereport.Interval;

/**
 * A stored finding ({@code {"label", "value", "unit", "interval", "interval_level"}}, casework's
 * CaseAnalysisJson) and a pathologist's final value as report values: numbers with their UCUM unit
 * and the decimals they are printed with, categories as written.
 */
public final class FindingValues {

    /** Decimals of findings that are counts or scores printed to a fixed precision. */
    private static final Map<String, Integer> DECIMALS_BY_KEY = Map.of(
            "npi", 2,
            "ki67_nuclei", 0,
            "ki67_h_score", 0,
            "tissue_regions", 0,
            "mitotic_count", 1,
            "mitotic_rate_score", 0,
            "nuclear_pleomorphism_score", 0,
            "tubule_formation_score", 0);

    private static final Map<String, String> UNIT_DISPLAY = Map.of(
            "1", "",
            "%", "%",
            "mm2", "mm²",
            "/mm2", "/mm²",
            "um", "µm",
            "um2", "µm²");

    private FindingValues() {}

    /** The model's value of finding {@code key}, as the report prints it ({@link FindingValue#display()}). */
    public static FindingValue model(String key, JsonNode finding) {
        JsonNode value = finding.path("value");
        if (value.isNumber()) {
            return quantity(key, value.asDouble(), finding.path("unit").asText("1"));
        }
        if (value.isTextual() && !value.asText().isBlank()) {
            return new FindingValue.Category(value.asText(), value.asText());
        }
        throw new IllegalStateException("finding " + key + " has no number or category as its value: " + value);
    }

    /** The model value's interval, when the analysis gave one. */
    static Optional<Interval> interval(JsonNode finding) {
        JsonNode interval = finding.path("interval");
        if (!interval.isArray() || interval.size() != 2) {
            return Optional.empty();
        }
        return Optional.of(new Interval(
                interval.get(0).asDouble(),
                interval.get(1).asDouble(),
                finding.path("interval_level").asDouble(0.95)));
    }

    /**
     * A pathologist's changed value: a number keeps the model's unit, a text that reads as a number
     * of a quantity is that number, any other text is a category; an object is read by its {@code
     * value} field (a whole finding sent back).
     */
    static FindingValue changed(String key, JsonNode finalValue, FindingValue model) {
        JsonNode value = finalValue.isObject() ? finalValue.path("value") : finalValue;
        if (model instanceof FindingValue.Quantity quantity) {
            Optional<Double> number = number(value);
            if (number.isPresent()) {
                return new FindingValue.Quantity(
                        number.get(),
                        quantity.ucum(),
                        quantity.unitDisplay(),
                        decimals(key, quantity.ucum(), number.get()));
            }
        }
        if (value.isValueNode() && !value.isNull() && !value.asText().isBlank()) {
            return new FindingValue.Category(value.asText(), value.asText());
        }
        throw new IllegalStateException("the pathologist's value of finding " + key + " is neither a number nor a"
                + " category: " + finalValue);
    }

    private static Optional<Double> number(JsonNode value) {
        if (value.isNumber()) {
            return Optional.of(value.asDouble());
        }
        if (value.isTextual()) {
            try {
                double parsed = Double.parseDouble(value.asText().strip());
                return Double.isFinite(parsed) ? Optional.of(parsed) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static FindingValue.Quantity quantity(String key, double value, String ucum) {
        return new FindingValue.Quantity(
                value, ucum, UNIT_DISPLAY.getOrDefault(ucum, ucum), decimals(key, ucum, value));
    }

    private static int decimals(String key, String ucum, double value) {
        Integer fixed = DECIMALS_BY_KEY.get(key);
        if (fixed != null) {
            return fixed;
        }
        return switch (ucum) {
            case "%" -> 1;
            case "1" -> value == Math.rint(value) ? 0 : 2;
            default -> 2;
        };
    }
}
