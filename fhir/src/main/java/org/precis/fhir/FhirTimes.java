package org.precis.fhir;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Reads the ISO-8601 times that provenance records hold (an instant or a date). */
final class FhirTimes {

    private FhirTimes() {}

    /** The instant of an ISO-8601 instant, or the start (UTC) of an ISO-8601 date. */
    static Instant instant(String iso) {
        try {
            return Instant.parse(iso);
        } catch (DateTimeParseException notAnInstant) {
            try {
                return LocalDate.parse(iso).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(
                        "provenance time " + iso + " is neither an ISO-8601 instant nor a date", e);
            }
        }
    }
}
