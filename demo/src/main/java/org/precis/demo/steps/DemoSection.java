package org.precis.demo.steps;

import java.util.List;

/**
 * A part of the demo (the slides, pathology, survival and clinical scores, federation): its short
 * title, a line on what it shows, its steps, and notes on what it leaves out and why (a slide
 * skipped, and how to include it).
 */
public record DemoSection(String title, String about, List<DemoStep> steps, List<String> notes) {
    public DemoSection {
        steps = List.copyOf(steps);
        notes = List.copyOf(notes);
    }
}
