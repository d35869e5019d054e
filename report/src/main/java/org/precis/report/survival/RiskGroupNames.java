package org.precis.report.survival;

/** How risk groups are called in legends: low, intermediate and high risk for tertiles. */
final class RiskGroupNames {

    private RiskGroupNames() {}

    /** The name of group {@code group} (1 = lowest risk) of {@code count}. */
    static String of(int group, int count) {
        if (count == 3) {
            return switch (group) {
                case 1 -> "low risk";
                case 2 -> "intermediate risk";
                default -> "high risk";
            };
        }
        if (count == 2) {
            return group == 1 ? "low risk" : "high risk";
        }
        return "risk group " + group;
    }
}
