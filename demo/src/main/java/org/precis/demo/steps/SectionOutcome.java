package org.precis.demo.steps;

import java.util.List;

/** How a section's steps went, and the section's wall time. */
public record SectionOutcome(DemoSection section, List<StepOutcome> steps, double seconds) {
    public SectionOutcome {
        steps = List.copyOf(steps);
    }

    public long failed() {
        return steps.stream().filter(StepOutcome::failed).count();
    }
}
