package org.precis.fhir;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.hl7.fhir.r4.model.Reference;

/**
 * The {@code urn:uuid:} full URLs of a report's resources: name-based UUIDs from the case, the
 * report version and the resource's role, so the same report always gives the same bundle and no
 * randomness is needed.
 */
final class FhirIds {

    private final String scope;

    FhirIds(String caseId, int version) {
        this.scope = caseId + "\u0000v" + version + "\u0000";
    }

    String fullUrl(String role) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes((scope + role).getBytes(StandardCharsets.UTF_8));
    }

    Reference reference(String role) {
        return new Reference(fullUrl(role));
    }
}
