package org.precis.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import java.util.Objects;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;

/** FHIR JSON through HAPI's parser, on a context made once by the caller. */
public final class FhirJson {

    private final FhirContext context;

    /** @param context an R4 context ({@code FhirContext.forR4()}, expensive: make it once) */
    public FhirJson(FhirContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    /** The resource as indented JSON. */
    public String write(IBaseResource resource) {
        return context.newJsonParser().setPrettyPrint(true).encodeResourceToString(resource);
    }

    /**
     * A Bundle read back, strictly (an unknown element is an error, not dropped).
     *
     * @param what names the source in the error ({@code report.fhir.json})
     */
    public Bundle readBundle(String json, String what) {
        IParser parser = context.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
        try {
            return parser.parseResource(Bundle.class, json);
        } catch (DataFormatException e) {
            throw new IllegalArgumentException(what + " is not a FHIR R4 Bundle: " + e.getMessage(), e);
        }
    }
}
