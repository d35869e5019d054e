package org.precis.fhir;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** What the validator said about one resource. */
public record ValidationReport(List<ValidationIssue> issues) {

    public ValidationReport {
        issues = List.copyOf(issues);
    }

    public List<ValidationIssue> errors() {
        return of(ValidationIssue.Severity.ERROR);
    }

    public List<ValidationIssue> warnings() {
        return of(ValidationIssue.Severity.WARNING);
    }

    /** The messages about codes that could not be checked offline (unknown code systems), any severity. */
    public List<ValidationIssue> uncheckedCodes() {
        return issues.stream().filter(ValidationIssue::isUncheckedCode).toList();
    }

    /** Number of messages per severity. */
    public Map<ValidationIssue.Severity, Long> counts() {
        return issues.stream()
                .collect(Collectors.groupingBy(ValidationIssue::severity, TreeMap::new, Collectors.counting()));
    }

    private List<ValidationIssue> of(ValidationIssue.Severity severity) {
        return issues.stream().filter(issue -> issue.severity() == severity).toList();
    }
}
