package org.precis.report.casereport;

import java.util.Locale;

/** How a finding's values and the decision on it are printed. */
final class FindingText {

    private FindingText() {}

    /** The model value with its interval: {@code 22.1 % (95 % interval 20.3–24.0)}. */
    static String withInterval(ReportedFinding finding) {
        String value = finding.modelValue().display();
        if (finding.interval().isEmpty() || !(finding.modelValue() instanceof FindingValue.Quantity quantity)) {
            return value;
        }
        Interval interval = finding.interval().get();
        String format = "%." + quantity.decimals() + "f";
        return value + " (" + interval.levelPercent() + " % interval "
                + String.format(Locale.ROOT, format, interval.lower()) + "–"
                + String.format(Locale.ROOT, format, interval.upper()) + ")";
    }

    /** The decision in words. */
    static String decision(ReviewDecision decision) {
        return switch (decision) {
            case ACCEPT -> "accepted";
            case CHANGE -> "changed";
            case REJECT -> "rejected";
            case UNREVIEWED -> "not reviewed";
        };
    }
}
