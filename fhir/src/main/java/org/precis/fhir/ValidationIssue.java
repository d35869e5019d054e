package org.precis.fhir;

/**
 * One message of the validator.
 *
 * @param severity how bad; a code that could not be checked offline is information (see {@link
 *     FhirValidation})
 * @param location where in the resource (a FHIRPath)
 * @param message what it says
 */
public record ValidationIssue(Severity severity, String location, String message) {

    /** The validator's severities, fatal folded into error. */
    public enum Severity {
        ERROR,
        WARNING,
        INFORMATION
    }

    /**
     * Whether the message says that a code could not be checked because its code system is not
     * available offline (LOINC, Precis's own {@code urn:precis:} systems).
     */
    public boolean isUncheckedCode() {
        return message.contains("could not be found, so the code cannot be validated")
                || message.contains("because CodeSystem could not be found")
                || message.contains("Unknown code system")
                || message.contains("unknown code system")
                || message.contains("CodeSystem is unknown and can't be validated");
    }
}
