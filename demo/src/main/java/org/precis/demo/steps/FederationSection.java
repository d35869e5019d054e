package org.precis.demo.steps;

import java.nio.file.Path;
import java.util.List;

/** The demo's federation part: {@code precis federation demo} on the sample clinical tables. */
final class FederationSection {
    static final String TITLE = "federation";

    private FederationSection() {}

    static DemoSection of(Path data) {
        return new DemoSection(
                TITLE,
                "a throwaway CA, a coordinator and five site processes on loopback; four studies, "
                        + "each beside its pooled single-machine answer, with the bytes each site sent",
                List.of(DemoStep.printing("federation", "demo", "--data", data.toString())),
                List.of());
    }
}
