package org.precis.federation.algorithm;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The parameters the grid-based survival curves and tests share: {@code time}, {@code event},
 * optional {@code event_value} (else any non-zero value is an event), optional {@code group} with
 * its {@code group_levels} (labels as the survival commands print them: numbers without a
 * trailing .0), and the {@code grid}.
 */
record GridStudy(
        String time,
        String event,
        OptionalDouble eventValue,
        Optional<String> group,
        List<String> groupLevels,
        TimeGrid grid) {

    /** The single curve's label without a group, as {@code precis survival km} names it. */
    static final String ALL = "all";

    static GridStudy read(ParameterReader p, String algorithm) {
        Optional<String> group = p.optionalText("group");
        List<String> levels = p.optionalTexts("group_levels").orElse(List.of(ALL));
        if (group.isPresent() && p.optionalTexts("group_levels").isEmpty()) {
            throw new IllegalArgumentException(algorithm + ": study parameter 'group_levels' is required with 'group'");
        }
        if (group.isEmpty() && p.optionalTexts("group_levels").isPresent()) {
            throw new IllegalArgumentException(algorithm + ": study parameter 'group_levels' needs a 'group' column");
        }
        return new GridStudy(
                p.text("time"),
                p.text("event"),
                p.optionalNumber("event_value"),
                group,
                levels,
                TimeGrid.read(algorithm, p.node().get("grid")));
    }

    /** Values per round: events and censorings per group and grid point, then the rows dropped. */
    int vectorLength() {
        return groupLevels.size() * (grid.points() + 1) * 2 + 1;
    }
}
