package org.precis.server;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import org.precis.io.json.JsonMappers;
import org.precis.slide.Slides;
import org.precis.store.Store;
import org.precis.store.StoreLocation;
import org.precis.store.cases.CaseRecord;
import org.precis.store.cases.NewCase;
import org.precis.store.cases.SlideRef;
import org.precis.store.users.Role;
import org.precis.testing.CorruptSlides;
import org.precis.testing.SampleData;

/**
 * A real Precis server on a free loopback port, over a test store and a slide folder made for the
 * test: a copy of CMU-1-Small-Region.svs, a copy with a cut tile, and a symbolic link to a slide
 * outside the folder (which must never be served).
 */
final class TestServer implements AutoCloseable {
    static final String SLIDE = "CMU-1-Small-Region.svs";
    static final String CORRUPT = "corrupt-tile.svs";
    static final String OUTSIDE_LINK = "outside-link.svs";
    static final String PASSWORD = "correct horse battery staple";

    private final PrecisServer server;
    private final Store store;
    private final Slides engine;
    private final Path slides;

    private TestServer(PrecisServer server, Store store, Slides engine, Path slides) {
        this.server = server;
        this.store = store;
        this.engine = engine;
        this.slides = slides;
    }

    /** Starts a server on {@code store}; the slide folder is made under {@code work}. */
    static TestServer start(Store store, Path work, ServerSettingsChange change) throws IOException {
        Path slides = Files.createDirectories(work.resolve("slides"));
        Files.copy(SampleData.path("samples/wsi/" + SLIDE), slides.resolve(SLIDE));
        CorruptSlides.cmu1SmallRegionWithCutTile(slides, 3, 4);
        Path outside = Files.createDirectories(work.resolve("outside"));
        Files.copy(SampleData.path("samples/wsi/" + SLIDE), outside.resolve("secret.svs"));
        Files.createSymbolicLink(slides.resolve(OUTSIDE_LINK), outside.resolve("secret.svs"));
        Slides engine = Slides.withDefaults();
        ServerSettings settings = change.apply(ServerSettings.of("127.0.0.1", 0, List.of(slides)));
        PrecisServer server = PrecisServer.start(settings, store, engine, Clock.systemUTC(), new SecureRandom());
        return new TestServer(server, store, engine, slides);
    }

    static TestServer start(Store store, Path work) throws IOException {
        return start(store, work, settings -> settings);
    }

    /** A change to the default settings of a test server. */
    interface ServerSettingsChange {
        ServerSettings apply(ServerSettings settings);
    }

    URI uri(String rawPath) {
        return URI.create("http://127.0.0.1:" + server.port() + rawPath);
    }

    int port() {
        return server.port();
    }

    Store store() {
        return store;
    }

    Path slides() {
        return slides;
    }

    Slides engine() {
        return engine;
    }

    /** An embedded store in {@code folder}, as {@code precis serve} opens by default. */
    static Store embeddedStore(Path folder) {
        return Store.open(StoreLocation.embedded(folder.resolve("store")), Clock.systemUTC(), new SecureRandom());
    }

    /** A draft breast case with the test slide on it, made through the store as `precis cases add` does. */
    String breastCase() {
        CaseRecord record = store.cases()
                .create(new NewCase(
                        "P-7f3a",
                        "left breast core biopsy",
                        JsonMappers.compact().createObjectNode().put("size_mm", 22)));
        store.cases().addSlide(record.caseId(), new SlideRef(SLIDE, SLIDE, SLIDE, "0".repeat(64)));
        return record.caseId();
    }

    /** Adds a user with the test password. */
    void addUser(String name, Role role) {
        store.users().add(name, role);
        store.users().setPassword(name, PASSWORD.toCharArray());
    }

    @Override
    public void close() {
        server.close();
        engine.close();
    }
}
