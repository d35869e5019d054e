package org.precis.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Validates resources against the FHIR R4 core profiles with HAPI's instance validator, offline:
 * the structure definitions and HL7 code systems come from {@code hapi-fhir-validation-resources-r4},
 * UCUM and a few common systems from HAPI's own terminology service, and no terminology server is
 * asked. Codes of systems it does not hold (LOINC, SNOMED CT, Precis's {@code urn:precis:}) are
 * reported as information, listed by {@link ValidationReport#uncheckedCodes()}, never dropped.
 * Building the validator loads the core definitions: make one and reuse it.
 */
public final class FhirValidation {

    private final FhirValidator validator;

    public FhirValidation(FhirContext context) {
        ValidationSupportChain support = new ValidationSupportChain(
                new DefaultProfileValidationSupport(context),
                new InMemoryTerminologyServerValidationSupport(context),
                new CommonCodeSystemsTerminologyService(context),
                new SnapshotGeneratingValidationSupport(context));
        FhirInstanceValidator instanceValidator = new FhirInstanceValidator(support);
        instanceValidator.setNoTerminologyChecks(false);
        this.validator = context.newValidator();
        validator.registerValidatorModule(instanceValidator);
    }

    /** Every message the validator gives on {@code resource} (a Bundle is checked with its entries). */
    public ValidationReport validate(IBaseResource resource) {
        List<ValidationIssue> issues = validator.validateWithResult(resource).getMessages().stream()
                .map(FhirValidation::issue)
                .toList();
        return new ValidationReport(issues);
    }

    private static ValidationIssue issue(SingleValidationMessage message) {
        ResultSeverityEnum severity = message.getSeverity();
        ValidationIssue.Severity mapped = switch (severity) {
            case FATAL, ERROR -> ValidationIssue.Severity.ERROR;
            case WARNING -> ValidationIssue.Severity.WARNING;
            case INFORMATION -> ValidationIssue.Severity.INFORMATION;
        };
        ValidationIssue issue = new ValidationIssue(
                mapped, String.valueOf(message.getLocationString()), String.valueOf(message.getMessage()));
        // HAPI warns that it cannot check a code of a system it does not hold (LOINC offline, our own
        // urn:precis: systems): that is a limit of offline validation, not a defect of the resource.
        return issue.isUncheckedCode() && mapped == ValidationIssue.Severity.WARNING
                ? new ValidationIssue(ValidationIssue.Severity.INFORMATION, issue.location(), issue.message())
                : issue;
    }
}
