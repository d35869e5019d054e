package org.precis.fhir;

import java.math.BigDecimal;
import java.util.Date;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Type;
import org.precis.report.casereport.CaseReport;
import org.precis.report.casereport.FindingValue;
import org.precis.report.casereport.Interval;
import org.precis.report.casereport.ModelCard;
import org.precis.report.casereport.ReportStatus;
import org.precis.report.casereport.ReportedFinding;
import org.precis.report.casereport.ReviewDecision;

/**
 * One finding as an Observation. Its value is the reported one (the pathologist's when changed);
 * the model's value is always kept in a component ({@code urn:precis:finding#model-value}) with
 * its interval limits beside it, so that changed findings keep both. A rejected finding is
 * {@code cancelled} with no value (data-absent-reason {@code error}) but stays in the report's
 * results with its model value, so a reader sees what was rejected; {@code entered-in-error} would
 * hide it. The decision, comment and reviewer are a note; the analysis parameters the method text.
 */
final class FindingObservation {

    static final String UCUM = "http://unitsofmeasure.org";
    private static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    private static final String DATA_ABSENT = "http://terminology.hl7.org/CodeSystem/data-absent-reason";

    private FindingObservation() {}

    static Observation of(CaseReport report, ReportedFinding finding, FhirIds ids) {
        Observation observation = new Observation();
        observation.setStatus(status(report.status(), finding.decision()));
        observation.addCategory(new CodeableConcept()
                .addCoding(new Coding(OBSERVATION_CATEGORY, "laboratory", "Laboratory"))
                .setText("Pathology finding (" + finding.analysisKind() + ")"));
        observation.setCode(FindingCodes.of(finding));
        observation.setSubject(ids.reference(CaseReportBundle.PATIENT));
        observation.setSpecimen(ids.reference(CaseReportBundle.SPECIMEN));
        observation.setEffective(new DateTimeType(Date.from(report.generatedAt())));
        observation.setIssued(Date.from(report.generatedAt()));
        if (!finding.reviewer().isBlank()) {
            observation.addPerformer(ids.reference(CaseReportBundle.practitioner(finding.reviewer())));
        }
        observation.setDevice(ids.reference(
                finding.modelId().map(CaseReportBundle::modelDevice).orElse(CaseReportBundle.SOFTWARE_DEVICE)));
        finding.reportedValue()
                .ifPresentOrElse(
                        value -> observation.setValue(value(finding, value)),
                        () -> observation.setDataAbsentReason(new CodeableConcept()
                                .addCoding(new Coding(DATA_ABSENT, "error", "Error"))
                                .setText("rejected by the pathologist")));
        observation
                .addComponent()
                .setCode(FindingCodes.component("model-value", "Model value"))
                .setValue(value(finding, finding.modelValue()));
        finding.interval().ifPresent(interval -> addInterval(observation, finding, interval));
        observation.addNote(note(finding));
        finding.modelId()
                .flatMap(report::model)
                .filter(card -> !card.validatedForDiagnosis())
                .ifPresent(card -> observation.addNote(
                        new Annotation().setText(card.name() + " " + card.version() + ": " + ModelCard.RESEARCH_USE)));
        if (!finding.provenance().parameters().isEmpty()) {
            observation.setMethod(new CodeableConcept()
                    .setText(finding.analysisKind() + ": "
                            + finding.provenance().parameters().entrySet().stream()
                                    .map(parameter -> parameter.getKey() + " = " + parameter.getValue())
                                    .collect(Collectors.joining("; "))));
        }
        return observation;
    }

    private static Observation.ObservationStatus status(ReportStatus report, ReviewDecision decision) {
        if (decision == ReviewDecision.REJECT) {
            return Observation.ObservationStatus.CANCELLED;
        }
        return switch (report) {
            case DRAFT -> Observation.ObservationStatus.PRELIMINARY;
            case SIGNED, AMENDED -> Observation.ObservationStatus.FINAL;
        };
    }

    static Type value(ReportedFinding finding, FindingValue value) {
        if (value instanceof FindingValue.Quantity quantity) {
            return quantity(quantity, quantity.value());
        }
        FindingValue.Category category = (FindingValue.Category) value;
        return new CodeableConcept()
                .addCoding(new Coding(FindingCodes.categorySystem(finding), category.code(), category.label()))
                .setText(category.label());
    }

    private static Quantity quantity(FindingValue.Quantity unit, double value) {
        return new Quantity()
                .setValue(BigDecimal.valueOf(value))
                .setUnit(unit.unitDisplay().isEmpty() ? unit.ucum() : unit.unitDisplay())
                .setSystem(UCUM)
                .setCode(unit.ucum());
    }

    private static void addInterval(Observation observation, ReportedFinding finding, Interval interval) {
        FindingValue.Quantity unit = (FindingValue.Quantity) finding.modelValue();
        String level = interval.levelPercent() + " %";
        observation
                .addComponent()
                .setCode(FindingCodes.component(
                        "model-interval-lower", "Model value, lower limit of the " + level + " interval"))
                .setValue(quantity(unit, interval.lower()));
        observation
                .addComponent()
                .setCode(FindingCodes.component(
                        "model-interval-upper", "Model value, upper limit of the " + level + " interval"))
                .setValue(quantity(unit, interval.upper()));
    }

    private static Annotation note(ReportedFinding finding) {
        StringBuilder text = new StringBuilder("Pathologist's decision: ")
                .append(
                        switch (finding.decision()) {
                            case ACCEPT -> "accepted";
                            case CHANGE ->
                                "changed (model value " + finding.modelValue().display() + ")";
                            case REJECT ->
                                "rejected (model value " + finding.modelValue().display() + ")";
                            case UNREVIEWED -> "not reviewed";
                        });
        if (!finding.reviewer().isBlank()) {
            text.append(" by ").append(finding.reviewer());
        }
        text.append('.');
        if (!finding.comment().isBlank()) {
            text.append(" Comment: ").append(finding.comment());
        }
        return new Annotation().setText(text.toString());
    }
}
