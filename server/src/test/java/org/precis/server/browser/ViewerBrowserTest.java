package org.precis.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.precis.casework.AnalysisKind;
import org.precis.casework.CaseWork;
import org.precis.casework.ModelRuntime;
import org.precis.casework.library.SlideLibrary;
import org.precis.io.json.JsonMappers;
import org.precis.server.PrecisServer;
import org.precis.server.ServerSettings;
import org.precis.slide.Slides;
import org.precis.store.Store;
import org.precis.store.StoreLocation;
import org.precis.store.cases.CaseStatus;
import org.precis.store.cases.NewAnalysis;
import org.precis.store.cases.NewCase;
import org.precis.store.cases.NewOverlay;
import org.precis.store.users.Role;
import org.precis.testing.SampleData;
import org.precis.testing.SystemTools;

/**
 * The pathologist's path in a real Chromium (Debian's, driven by Playwright): log in, open a case,
 * see the slide's tiles drawn, pan and zoom, toggle the tissue overlay, pick a class and draw a
 * rectangle of it, import QuPath GeoJSON, review every finding, sign, and download the report;
 * toggle the Ki67 view of an IHC case; open a corrupt slide and read the server's reason in the page,
 * then open a good one. Screenshots and the overlay canvas are checked for drawn pixels, not only
 * for a page without errors.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ViewerBrowserTest {
    private static final String SLIDE = "CMU-1-Small-Region.svs";
    /** The sample Ki67 IHC crop (the demo's Ki67 slide). */
    private static final String KI67_SLIDE = "OS-2-ndpi.ome.tif";
    /** A text file named like a slide, in the slide folder. */
    private static final String CORRUPT_SLIDE = "not-a-slide.svs";
    /** The Ki67 view's colours in app.js (CLASS_COLOURS Positive #8c4b10 and Negative #2f6fb5). */
    private static final int[] POSITIVE = {140, 75, 16};

    private static final int[] NEGATIVE = {47, 111, 181};
    /** The hot-spot circle's magenta (Ki67Overlays). */
    private static final int[] HOTSPOT = {255, 0, 255};
    /** The viewer's colours of the Tumor and Non-tumor cell classes. */
    private static final int[] TUMOR = {214, 39, 40};

    private static final int[] NON_TUMOR = {31, 119, 180};

    private static final String PASSWORD = "correct horse battery staple";
    /** The lung subtype model Precis ships (learn/models), run over the slide as a heatmap. */
    private static final Path LUNG_MODEL = Path.of("..", "learn", "models", "lc25000-lung-mobilenet_v2.json");

    @TempDir
    static Path work;

    private Slides engine;
    private Store store;
    private PrecisServer server;
    private Playwright playwright;
    private Browser browser;
    private String caseId;
    private String ki67CaseId;
    private String corruptCaseId;
    private String runCaseId;
    private String denseCaseId;

    @BeforeAll
    void startServerAndBrowser() throws Exception {
        Path chromium = SystemTools.fromLauncher().chromium();
        Path slides = Files.createDirectories(work.resolve("slides"));
        Files.copy(SampleData.path("samples/wsi/" + SLIDE), slides.resolve(SLIDE));
        Files.copy(SampleData.path("samples/wsi/" + KI67_SLIDE), slides.resolve(KI67_SLIDE));
        Files.writeString(slides.resolve(CORRUPT_SLIDE), "a text file, not a slide\n");
        engine = Slides.withDefaults();
        store = Store.open(StoreLocation.embedded(work.resolve("precis-data")), Clock.systemUTC(), new SecureRandom());
        store.users().add("patricia", Role.PATHOLOGIST);
        store.users().setPassword("patricia", PASSWORD.toCharArray());
        caseId = store.cases()
                .create(new NewCase(
                        "P-7f3a",
                        "left breast core biopsy",
                        JsonMappers.compact()
                                .createObjectNode()
                                .put("size_mm", 22)
                                .put("nodes", 1)
                                .put("grade", 2)))
                .caseId();
        CaseWork work = new CaseWork(
                store.cases(),
                SlideLibrary.scan(List.of(slides)),
                engine,
                "precis-test",
                JsonMappers.compact(),
                Optional.of(new ModelRuntime(SampleData.root(), 2)));
        work.addSlide(caseId, SLIDE);
        work.analyse(caseId, AnalysisKind.QC, Optional.of(SLIDE), Optional.empty());
        work.analyse(caseId, AnalysisKind.NPI, Optional.empty(), Optional.empty());
        work.analyse(caseId, AnalysisKind.HEATMAP, Optional.of(SLIDE), Optional.empty(), Optional.of(LUNG_MODEL));
        ki67CaseId = store.cases()
                .create(new NewCase(
                        "P-91c2",
                        "breast core biopsy, Ki67",
                        JsonMappers.compact().createObjectNode()))
                .caseId();
        work.addSlide(ki67CaseId, KI67_SLIDE);
        work.analyse(ki67CaseId, AnalysisKind.KI67, Optional.of(KI67_SLIDE), Optional.empty());
        corruptCaseId = store.cases()
                .create(new NewCase(
                        "P-0d5e", "breast excision", JsonMappers.compact().createObjectNode()))
                .caseId();
        work.addSlide(corruptCaseId, CORRUPT_SLIDE);
        work.addSlide(corruptCaseId, SLIDE);
        runCaseId = store.cases()
                .create(new NewCase(
                        "P-3b8e",
                        "breast core biopsy, to grade",
                        JsonMappers.compact().createObjectNode()))
                .caseId();
        work.addSlide(runCaseId, SLIDE);
        // the tumour area a pathologist drew: the grade runs on its box
        store.cases()
                .saveAnnotation(
                        runCaseId,
                        SLIDE,
                        JsonMappers.compact()
                                .readTree(
                                        "{\"type\": \"Feature\", \"geometry\": {\"type\": \"Polygon\", \"coordinates\":"
                                                + " [[[600, 700], [1600, 700], [1600, 1700], [600, 1700], [600, 700]]]},"
                                                + " \"properties\": {\"objectType\": \"annotation\","
                                                + " \"classification\": {\"name\": \"Tumor\", \"color\": [200, 0, 0]}}}"),
                        store.users().find("patricia").orElseThrow());
        denseCaseId = store.cases()
                .create(new NewCase(
                        "P-5c1d",
                        "a layer of many nuclei",
                        JsonMappers.compact().createObjectNode()))
                .caseId();
        work.addSlide(denseCaseId, SLIDE);
        store.cases().recordAnalysis(denseCaseId, denseNucleiAnalysis(), List.of(denseNucleiOverlay()));
        server = PrecisServer.start(
                ServerSettings.of("127.0.0.1", 0, List.of(slides)).withModels(new ModelRuntime(SampleData.root(), 2)),
                store,
                engine,
                Clock.systemUTC(),
                new SecureRandom());
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(chromium)
                        .setHeadless(true));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void aPathologistReviewsSignsAndDownloadsTheReport() throws Exception {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 900));
        List<String> consoleErrors = new java.util.concurrent.CopyOnWriteArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                consoleErrors.add(message.text() + " at " + message.location());
            }
        });
        AtomicInteger tiles = countTiles(page);
        String base = logIn(page);
        assertThat(page.textContent("#who")).contains("patricia");

        page.click(caseItem(caseId));
        page.waitForSelector("#findings tbody tr");
        waitForTiles(page, tiles, 1);
        Locator viewer = page.locator("#viewer");
        BufferedImage first = drawn(page, viewer);

        // Zoom in with the wheel and pan by dragging: the viewer asks for tiles of a finer level.
        int before = tiles.get();
        BoundingBox box = viewer.boundingBox();
        double cx = box.x + box.width / 2;
        double cy = box.y + box.height / 2;
        page.mouse().move(cx, cy);
        for (int i = 0; i < 4; i++) {
            page.mouse().wheel(0, -400);
            page.waitForTimeout(150);
        }
        page.mouse().down();
        page.mouse().move(cx - 200, cy - 120, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(8));
        page.mouse().up();
        waitForTiles(page, tiles, before + 1);
        page.waitForLoadState(LoadState.NETWORKIDLE);
        BufferedImage zoomed = drawn(page, viewer);
        assertThat(ScreenPixels.meanGreyDifference(first, zoomed))
                .as("the view changed after zoom and pan")
                .isGreaterThan(10.0);

        // The tissue outline overlay draws on the overlay canvas.
        page.check("#overlay-tissue");
        page.waitForFunction("() => { const c = document.getElementById('overlay');"
                + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + " for (let i = 3; i < d.length; i += 4) if (d[i] > 0) return true; return false; }");

        page.uncheck("#overlay-tissue");

        // The lung model's heatmap: a probability layer over the slide, its opacity slider and legend.
        Locator heatmap = page.locator("#overlay-toggles .heatmap-toggle").first();
        page.waitForResponse(
                response -> response.url().contains("/overlays/heatmap-") && response.status() == 200, heatmap::check);
        page.waitForSelector("#legend:not(.hidden)");
        assertThat(page.isVisible("#opacity")).isTrue();
        page.waitForTimeout(800);
        BufferedImage half = screenshot(viewer);
        page.locator("#opacity").fill("0");
        page.waitForTimeout(500);
        BufferedImage none = screenshot(viewer);
        page.locator("#opacity").fill("100");
        page.waitForTimeout(500);
        BufferedImage full = screenshot(viewer);
        double halfChange = ScreenPixels.meanGreyDifference(none, half);
        double fullChange = ScreenPixels.meanGreyDifference(none, full);
        // measured: 23.2 grey levels at 50 %, 46.0 at 100 % (the layer covers the tissue tiles)
        assertThat(halfChange)
                .as("the heatmap at half opacity changes the view")
                .isGreaterThan(15.0);
        assertThat(fullChange).as("twice as much at full opacity").isGreaterThan(halfChange * 1.8);
        heatmap.uncheck();

        // Pick a class the server offers and draw a rectangle: it is stored in the case with the class
        // as QuPath writes it, drawn in the class's colour and listed with its class.
        page.selectOption("#annotation-class", "lung_aca");
        page.selectOption("#tool", "rectangle");
        page.mouse().move(cx - 100, cy - 60);
        page.mouse().down();
        page.mouse().move(cx + 80, cy + 50, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(6));
        page.mouse().up();
        waitUntil(page, () -> !store.cases().annotations(caseId, SLIDE).isEmpty());
        assertThat(store.cases().annotations(caseId, SLIDE)).singleElement().satisfies(a -> {
            assertThat(a.feature().at("/geometry/type").asText()).isEqualTo("Polygon");
            assertThat(a.feature().at("/properties/classification/name").asText())
                    .isEqualTo("lung_aca");
            assertThat(a.feature().at("/properties/classification/color").toString())
                    .isEqualTo("[230,120,30]");
        });
        page.waitForFunction("() => { const c = document.getElementById('overlay');"
                + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + " for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 150 && Math.abs(d[i] - 230) < 25"
                + " && Math.abs(d[i + 1] - 120) < 25 && Math.abs(d[i + 2] - 30) < 25) return true; return false; }");
        page.waitForSelector("#annotation-list li");
        assertThat(page.locator("#annotation-list li").allTextContents())
                .containsExactly("lung_aca · Polygon · patricia");

        // Measure: a drag gives a length in µm (the slide states its pixel size).
        page.selectOption("#tool", "measure");
        page.mouse().move(cx - 150, cy);
        page.mouse().down();
        page.mouse().move(cx + 150, cy, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(6));
        page.mouse().up();
        assertThat(page.textContent("#measurement")).matches("[0-9]+\\.[0-9] µm");

        // Import QuPath GeoJSON (two points, one of class Tumor) and export the slide's annotations again.
        Path geojson = Files.writeString(
                work.resolve("points.geojson"),
                "{\"type\": \"FeatureCollection\", \"features\": ["
                        + "{\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [500, 600]},"
                        + " \"properties\": {\"objectType\": \"annotation\"}},"
                        + "{\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [700, 800]},"
                        + " \"properties\": {\"objectType\": \"annotation\","
                        + " \"classification\": {\"name\": \"Tumor\", \"color\": [200, 0, 0]}}}]}");
        page.setInputFiles("#import-annotations", geojson);
        waitUntil(page, () -> store.cases().annotations(caseId, SLIDE).size() == 3);
        String exported = page.request()
                .get(base + "/api/cases/" + caseId + "/slides/" + SLIDE + "/annotations")
                .text();
        assertThat(JsonMappers.compact().readTree(exported).get("features"))
                .hasSize(3)
                .allSatisfy(feature -> assertThat(
                                feature.at("/properties/objectType").asText())
                        .isEqualTo("annotation"));
        assertThat(JsonMappers.compact().readTree(exported).findValuesAsText("name"))
                .as("the classes exported")
                .containsExactly("lung_aca", "Tumor");
        waitUntil(page, () -> page.locator("#annotation-list li").count() == 3);
        assertThat(page.locator("#annotation-list li").allTextContents())
                .containsExactly(
                        "lung_aca · Polygon · patricia", "no class · Point · patricia", "Tumor · Point · patricia");
        page.selectOption("#tool", "pan");

        // Review every finding (accept), then sign.
        int findings = page.locator("#findings tbody tr").count();
        assertThat(findings).isGreaterThanOrEqualTo(3);
        for (int i = 0; i < findings; i++) {
            Locator row = page.locator("#findings tbody tr").nth(i);
            int reviewed = page.locator(".decided").count();
            if ("tissue_regions".equals(row.getAttribute("data-finding"))) {
                row.locator(".decision").selectOption("change");
                row.locator(".final-value").fill("2");
                row.locator(".comment").fill("two fragments, one is a fold");
            }
            row.locator(".save-review").click();
            waitUntil(
                    page,
                    () -> page.locator(".decided").count() > reviewed
                            || !page.textContent("#case-error").isEmpty());
            assertThat(page.textContent("#case-error"))
                    .as("review of finding %d", i)
                    .isEmpty();
        }
        assertThat(store.cases().reviews(caseId))
                .filteredOn(review -> review.findingKey().equals("tissue_regions"))
                .singleElement()
                .satisfies(review -> {
                    assertThat(review.finalValue().asInt()).isEqualTo(2);
                    assertThat(review.comment()).contains("two fragments, one is a fold");
                });
        page.click("#sign");
        page.waitForFunction("() => document.getElementById('versions').textContent.includes('signed by patricia')");
        assertThat(store.cases().find(caseId).orElseThrow().status()).isEqualTo(CaseStatus.SIGNED);

        // The whole page, with the tissue outline, a class probability and the annotation, for the README.
        page.check("#overlay-tissue");
        page.locator("#overlay-toggles .heatmap-toggle").last().check();
        page.locator("#opacity").fill("40");
        page.waitForTimeout(800);
        Path shot = Path.of("target", "screenshots", "viewer.png");
        Files.createDirectories(shot.getParent());
        page.screenshot(new Page.ScreenshotOptions().setPath(shot));

        // The report downloads as a PDF.
        byte[] pdf = page.request()
                .get(base + "/api/cases/" + caseId + "/report.pdf")
                .body();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");

        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void theKi67ViewDrawsPositiveAndNegativeNucleiInTheirTwoColours() throws Exception {
        Page page = openedCase(ki67CaseId);
        Locator ki67 = page.locator("#overlay-ki67-cells");
        ki67.waitFor();
        assertThat(overlayPixels(page, POSITIVE) + overlayPixels(page, NEGATIVE))
                .as("nothing in the Ki67 colours before the view is on")
                .isZero();

        page.waitForResponse(
                response -> response.url().contains("/overlays/ki67-cells") && response.status() == 200, ki67::check);
        waitUntil(page, () -> overlayPixels(page, POSITIVE) > 0 && overlayPixels(page, NEGATIVE) > 0);
        long positive = overlayPixels(page, POSITIVE);
        long negative = overlayPixels(page, NEGATIVE);
        System.out.printf(
                "Ki67 view: %d positive-coloured and %d negative-coloured overlay pixels%n", positive, negative);
        assertThat(positive).as("pixels of positive nuclei").isGreaterThan(50);
        assertThat(negative).as("pixels of negative nuclei").isGreaterThan(50);
        BufferedImage on = screenshot(page.locator("#viewer"));
        assertThat(ScreenPixels.near(on, POSITIVE) + ScreenPixels.near(on, NEGATIVE))
                .as("the nuclei reach the screen")
                .isGreaterThan(50);

        ki67.uncheck();
        waitUntil(page, () -> overlayPixels(page, POSITIVE) + overlayPixels(page, NEGATIVE) == 0);
        BufferedImage off = screenshot(page.locator("#viewer"));
        assertThat(ScreenPixels.meanGreyDifference(on, off))
                .as("turning the view off changes the screen")
                .isGreaterThan(0.5);

        // the hot-spot circle on the overlay, the index map as a layer over the slide
        page.locator("#overlay-ki67-hotspot").check();
        waitUntil(page, () -> overlayPixels(page, HOTSPOT) > 50);
        page.locator("#overlay-ki67-hotspot").uncheck();
        waitUntil(page, () -> overlayPixels(page, HOTSPOT) == 0);
        page.waitForResponse(
                response -> response.url().contains("/overlays/ki67-map") && response.status() == 200,
                () -> page.locator("#overlay-ki67-map").check());
        assertThat(page.textContent("#legend")).contains("Ki-67 positive fraction per 250 µm square");
        double change = 0;
        for (int i = 0; i < 30 && change <= 0.5; i++) {
            page.waitForTimeout(250);
            change = ScreenPixels.meanGreyDifference(off, screenshot(page.locator("#viewer")));
        }
        assertThat(change).as("the index map changes the screen").isGreaterThan(0.5);
        page.close();
    }

    @Test
    void aPathologistGradesTheAreaSheDrewAndItsNucleiAppear() throws Exception {
        Page page = openedCase(runCaseId);
        page.waitForSelector(
                "#run-region option:nth-child(2)",
                new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
        assertThat(page.locator("#overlay-grade-cells").count()).isZero();

        page.selectOption("#run-kind", "grade");
        page.selectOption("#run-region", "600,700,1000,1000");
        page.click("#run-analysis");
        page.waitForFunction(
                "() => /recorded|failed|refused/.test(document.getElementById('run-status').textContent)",
                null,
                new Page.WaitForFunctionOptions().setTimeout(120_000));
        assertThat(page.textContent("#run-status")).matches("grade: analysis \\d+ recorded");
        assertThat(page.textContent("#findings")).contains("Mitotic count");
        Locator cells = page.locator("#overlay-grade-cells");
        cells.waitFor();
        cells.check();
        waitUntil(page, () -> overlayPixels(page, TUMOR) + overlayPixels(page, NON_TUMOR) > 50);
        assertThat(store.audit().list(0, 10_000))
                .extracting(e -> e.event())
                .contains("analysis-requested", "analysis-recorded");
        page.close();
    }

    @Test
    void aLayerOfMoreNucleiThanOutlinesCanBeDrawnShowsEachAsADot() throws Exception {
        Page page = openedCase(denseCaseId);
        Locator nuclei = page.locator("#overlay-ki67-cells");
        nuclei.waitFor();
        nuclei.check();
        waitUntil(page, () -> overlayPixels(page, POSITIVE) > 1000 && overlayPixels(page, NEGATIVE) > 1000);
        long coloured = overlayPixels(page, POSITIVE) + overlayPixels(page, NEGATIVE);
        System.out.printf("dense layer: %d coloured overlay pixels for %d nuclei%n", coloured, DENSE_NUCLEI);
        // 2 x 2 px dots a few pixels apart, each one drawn: 4 pixels a nucleus at most (discs of the
        // outline drawing would cover most of the slide)
        assertThat(coloured).isBetween(3L * DENSE_NUCLEI, 4L * DENSE_NUCLEI);
        page.close();
    }

    @Test
    void aCorruptSlideShowsTheServersReasonAndAnotherSlideStillOpens() throws Exception {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 900));
        AtomicInteger tiles = countTiles(page);
        String base = logIn(page);
        page.click(caseItem(corruptCaseId));
        page.waitForSelector("#case-slides li");
        page.click("#case-slides li[data-slide-id='" + CORRUPT_SLIDE + "']");
        page.waitForFunction(
                "() => document.getElementById('viewer-error').textContent.includes('could not be opened')");
        String error = page.textContent("#viewer-error");
        String reason = JsonMappers.compact()
                .readTree(page.request()
                        .get(base + "/slides/" + CORRUPT_SLIDE + ".dzi")
                        .text())
                .path("error")
                .asText();
        System.out.println("viewer error: " + error);
        assertThat(reason)
                .as("the server's one-line reason, naming the file but not the server's folders")
                .startsWith(CORRUPT_SLIDE + ": ")
                .doesNotContain(work.toString());
        assertThat(error)
                .isEqualTo("The slide " + CORRUPT_SLIDE + " could not be opened: " + reason)
                .doesNotContain("Exception");

        page.click("#case-slides li[data-slide-id='" + SLIDE + "']");
        waitForTiles(page, tiles, 1);
        drawn(page, page.locator("#viewer"));
        assertThat(page.textContent("#viewer-error")).isEmpty();
        assertThat(page.request().get(base + "/api/slides").status())
                .as("the server goes on")
                .isEqualTo(200);
        page.close();
    }

    /** A new page, logged in as the pathologist, on case {@code id} once its slide's first tiles have come. */
    private Page openedCase(String id) {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 900));
        AtomicInteger tiles = countTiles(page);
        logIn(page);
        page.click(caseItem(id));
        waitForTiles(page, tiles, 1);
        return page;
    }

    /** Logs in as the pathologist and waits for the case list; returns the server's address. */
    private String logIn(Page page) {
        String base = "http://127.0.0.1:" + server.port();
        page.navigate(base + "/");
        page.fill("#login-name", "patricia");
        page.fill("#login-password", PASSWORD);
        page.click("#login-submit");
        page.waitForSelector("#cases li");
        return base;
    }

    private static String caseItem(String id) {
        return "#cases li[data-case-id='" + id + "']";
    }

    private static AtomicInteger countTiles(Page page) {
        AtomicInteger tiles = new AtomicInteger();
        page.onResponse(response -> {
            if (response.url().contains("_files/") && response.status() == 200) {
                tiles.incrementAndGet();
            }
        });
        return tiles;
    }

    /** Opaque pixels of the overlay canvas within 25 levels of {@code colour} in each channel. */
    /** A grid of nuclei over the whole sample slide (2220 x 2967 px), alternately positive and negative. */
    private static final int DENSE_COLUMNS = 125;

    private static final int DENSE_ROWS = 200;
    private static final int DENSE_NUCLEI = DENSE_COLUMNS * DENSE_ROWS;

    private static NewAnalysis denseNucleiAnalysis() throws Exception {
        return new NewAnalysis(
                "ki67",
                Optional.of(SLIDE),
                JsonMappers.compact()
                        .readTree("{\"ki67_nuclei\": {\"label\": \"Nuclei counted\", \"value\": " + DENSE_NUCLEI
                                + ", \"unit\": \"1\"}}"),
                JsonMappers.compact().readTree("{\"software\": \"a grid drawn by the test\"}"));
    }

    private static NewOverlay denseNucleiOverlay() {
        StringBuilder geojson = new StringBuilder("{\"type\": \"FeatureCollection\", \"features\": [");
        for (int row = 0; row < DENSE_ROWS; row++) {
            for (int column = 0; column < DENSE_COLUMNS; column++) {
                geojson.append(row + column == 0 ? "" : ",")
                        .append("{\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [")
                        .append(8 + column * 2220 / DENSE_COLUMNS)
                        .append(", ")
                        .append(7 + row * 2967 / DENSE_ROWS)
                        .append("]}, \"properties\": {\"objectType\": \"detection\", \"classification\": {\"name\": \"")
                        .append((row + column) % 2 == 0 ? "Positive" : "Negative")
                        .append("\"}}}");
            }
        }
        return new NewOverlay(
                "ki67-cells",
                "Ki67 nuclei (positive/negative)",
                "application/geo+json",
                "ki67",
                geojson.append("]}").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static long overlayPixels(Page page, int[] colour) {
        Object count = page.evaluate(
                "([r, g, b]) => { const c = document.getElementById('overlay'); if (!c || !c.width) return 0;"
                        + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;"
                        + " for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 150 && Math.abs(d[i] - r) < 25"
                        + " && Math.abs(d[i + 1] - g) < 25 && Math.abs(d[i + 2] - b) < 25) n++; return n; }",
                List.of(colour[0], colour[1], colour[2]));
        return ((Number) count).longValue();
    }

    private static void waitForTiles(Page page, AtomicInteger tiles, int atLeast) {
        waitUntil(page, () -> tiles.get() >= atLeast);
        page.waitForTimeout(300);
    }

    private static void waitUntil(Page page, java.util.function.BooleanSupplier condition) {
        for (int i = 0; i < 200 && !condition.getAsBoolean(); i++) {
            page.waitForTimeout(50);
        }
        assertThat(condition.getAsBoolean()).as("condition reached within 10 s").isTrue();
    }

    /** A screenshot of the viewer once its tiles show tissue (waits up to 15 s on a loaded machine). */
    private static BufferedImage drawn(Page page, Locator viewer) throws Exception {
        BufferedImage shot = screenshot(viewer);
        for (int i = 0; i < 30 && ScreenPixels.tissueFraction(shot) <= 0.05; i++) {
            page.waitForTimeout(500);
            shot = screenshot(viewer);
        }
        assertThat(ScreenPixels.tissueFraction(shot))
                .as("share of the viewer showing tissue")
                .isGreaterThan(0.05);
        return shot;
    }

    private static BufferedImage screenshot(Locator element) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(element.screenshot()));
    }
}
