package org.precis.report.casereport;

/**
 * A finding's value: a quantity with its UCUM unit (Ki-67 22.1 %, NPI 5.4 with unit {@code 1}),
 * or a category (grade "3", subtype "LumB", "adenocarcinoma").
 */
public sealed interface FindingValue {

    /** The value as a reader sees it, with its unit. */
    String display();

    /**
     * A number with its unit.
     *
     * @param value the number (finite)
     * @param ucum the UCUM unit code ({@code %}, {@code /mm2}, {@code 1} for a dimensionless score)
     * @param unitDisplay how the unit is printed ({@code %}, {@code /mm²}, empty for none)
     * @param decimals how many decimals are printed
     */
    record Quantity(double value, String ucum, String unitDisplay, int decimals) implements FindingValue {
        public Quantity {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("a finding's quantity must be finite, not " + value);
            }
            Text.require("UCUM unit code", ucum);
            if (unitDisplay == null) {
                throw new IllegalArgumentException("unit display is missing (empty for none)");
            }
            if (decimals < 0 || decimals > 6) {
                throw new IllegalArgumentException("decimals must be 0..6, not " + decimals);
            }
        }

        /** The number as printed, with the decimals asked for. */
        public String number() {
            return String.format(java.util.Locale.ROOT, "%." + decimals + "f", value);
        }

        @Override
        public String display() {
            if (unitDisplay.isEmpty()) {
                return number();
            }
            return unitDisplay.equals("%") ? number() + " %" : number() + " " + unitDisplay;
        }
    }

    /**
     * A category.
     *
     * @param code the category's code as the producing analysis writes it ({@code 3}, {@code LumB})
     * @param label how it is printed ({@code Grade 3}, {@code Luminal B})
     */
    record Category(String code, String label) implements FindingValue {
        public Category {
            Text.require("category code", code);
            Text.require("category label", label);
        }

        @Override
        public String display() {
            return label;
        }
    }
}
