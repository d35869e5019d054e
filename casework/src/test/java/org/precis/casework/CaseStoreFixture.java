package org.precis.casework;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.precis.casework.library.SlideLibrary;
import org.precis.casework.report.CaseReports;
import org.precis.casework.report.ModelCards;
import org.precis.io.json.JsonMappers;
import org.precis.report.casereport.ReportFonts;
import org.precis.slide.Slides;
import org.precis.store.Store;
import org.precis.store.StoreLocation;
import org.precis.testing.SampleData;

/**
 * A test's case work: an embedded H2 store in a temporary folder, the sample slides as the slide
 * library, the slide engine and the sample data's encoders. Closing closes the store and the engine.
 */
public final class CaseStoreFixture implements AutoCloseable {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC);
    public static final String SOFTWARE = "precis test";

    private final Store store;
    private final Slides engine;
    private final CaseWork work;
    private final ObjectMapper json = JsonMappers.compact();

    public CaseStoreFixture(Path folder) throws IOException {
        store = Store.open(StoreLocation.embedded(folder.resolve("precis-data")), CLOCK, new SecureRandom());
        engine = Slides.withDefaults();
        work = new CaseWork(
                store.cases(),
                SlideLibrary.scan(List.of(SampleData.path("samples/wsi"))),
                engine,
                SOFTWARE,
                json,
                Optional.of(new ModelRuntime(SampleData.root(), 2)));
    }

    public Store store() {
        return store;
    }

    public CaseWork work() {
        return work;
    }

    public ObjectMapper json() {
        return json;
    }

    /** The case reports of this store, over the sample slides. */
    public CaseReports reports() throws IOException {
        return new CaseReports(
                store.cases(),
                store.audit(),
                SlideLibrary.scan(List.of(SampleData.path("samples/wsi"))),
                engine,
                ModelCards.shipped(),
                ReportFonts.dejaVu(ReportFonts.DEBIAN_DEJAVU),
                FhirContext.forR4(),
                CLOCK,
                SOFTWARE,
                json);
    }

    @Override
    public void close() throws IOException {
        try {
            engine.close();
        } finally {
            store.close();
        }
    }
}
