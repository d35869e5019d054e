package org.precis.demo.steps;

import java.util.List;

/** The whole demo: each section's outcome and the demo's total wall time, start to end. */
public record DemoOutcome(List<SectionOutcome> sections, double seconds) {
    public DemoOutcome {
        sections = List.copyOf(sections);
    }

    /** The worst exit code of any step, 0 when all succeeded. */
    public int worstExitCode() {
        return sections.stream()
                .flatMap(s -> s.steps().stream())
                .mapToInt(StepOutcome::exitCode)
                .max()
                .orElse(0);
    }

    public long steps() {
        return sections.stream().mapToLong(s -> s.steps().size()).sum();
    }

    public long failed() {
        return sections.stream().mapToLong(SectionOutcome::failed).sum();
    }
}
