package org.precis.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.io.TempDir;
import org.precis.store.BothStores;
import org.precis.store.Store;
import org.precis.store.users.Role;

/**
 * Slides over HTTP: only from the configured folder whatever the path says, Deep Zoom tiles with
 * their caching headers, clear 4xx answers to bad requests, and a corrupt slide that is an error in
 * the viewer while the server goes on.
 */
class SlideServingTest {
    private static final String SLIDE = TestServer.SLIDE;

    @TempDir
    Path work;

    @BothStores
    void listsOnlyTheSlidesInsideTheConfiguredFolder(Store store) throws Exception {
        try (TestServer server = TestServer.start(store, work)) {
            WebSession viewer = loggedIn(server);
            HttpResponse<String> response = viewer.get("/api/slides");
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode slides = viewer.json(response);
            assertThat(slides)
                    .extracting(slide -> slide.get("id").asText())
                    .containsExactlyInAnyOrder(SLIDE, TestServer.CORRUPT);
            JsonNode slide = find(slides, SLIDE);
            assertThat(slide.get("width").asLong()).isEqualTo(2220);
            assertThat(slide.get("height").asLong()).isEqualTo(2967);
            assertThat(slide.get("mpp").asDouble()).isEqualTo(0.499);
        }
    }

    @BothStores
    void noPathOutsideTheFolderIsEverServed(Store store) throws Exception {
        try (TestServer server = TestServer.start(store, work)) {
            WebSession viewer = loggedIn(server);
            String outside = work.resolve("outside/secret.svs").toString();
            for (String path : List.of(
                    "/slides/" + TestServer.OUTSIDE_LINK + ".dzi",
                    "/slides/..%2Foutside%2Fsecret.svs.dzi",
                    "/slides/%2e%2e%2Foutside%2Fsecret.svs.dzi",
                    "/slides/..%5Coutside%5Csecret.svs.dzi",
                    "/slides/" + outside.replace("/", "%2F") + ".dzi",
                    "/slides/%2Fetc%2Fpasswd.dzi",
                    "/slides/..%2F..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd_files/0/0_0.jpeg",
                    "/slides/../outside/secret.svs.dzi",
                    "/slides/%2e%2e/outside/secret.svs.dzi",
                    "/slides/slides/../../outside/secret.svs.dzi",
                    "/api/slides/..%2Foutside%2Fsecret.svs/thumbnail",
                    "/slides/%00secret.svs.dzi",
                    "/slides/%2e/" + SLIDE + ".dzi")) {
                HttpResponse<String> response = viewer.get(path);
                assertThat(response.statusCode()).as(path).isBetween(400, 404);
                HttpSecurityTest.assertOneLineJsonError(viewer, response, response.statusCode());
                assertThat(response.body()).as(path).doesNotContain("<?xml", "Image");
            }
        }
    }

    @BothStores
    void servesDeepZoomWithCachingHeaders(Store store) throws Exception {
        try (TestServer server = TestServer.start(store, work)) {
            WebSession viewer = loggedIn(server);
            HttpResponse<String> dzi = viewer.get("/slides/" + SLIDE + ".dzi");
            assertThat(dzi.statusCode()).isEqualTo(200);
            assertThat(dzi.body())
                    .contains("TileSize=\"254\"", "Overlap=\"1\"", "Format=\"jpeg\"")
                    .contains("Width=\"2220\"", "Height=\"2967\"");

            String tilePath = "/slides/" + SLIDE + "_files/12/3_4.jpeg";
            HttpResponse<byte[]> tile = viewer.getBytes(tilePath);
            assertThat(tile.statusCode()).isEqualTo(200);
            assertThat(tile.headers().firstValue("Content-Type")).hasValue("image/jpeg");
            assertThat(tile.headers().firstValue("Cache-Control")).hasValue("private, max-age=86400");
            String etag = tile.headers().firstValue("ETag").orElseThrow();
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(tile.body()));
            assertThat(image.getWidth()).isEqualTo(256); // 254 + 1 px overlap on each side
            assertThat(image.getHeight()).isEqualTo(256);

            HttpResponse<byte[]> again = viewer.getBytes(tilePath, "If-None-Match", etag);
            assertThat(again.statusCode()).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            HttpResponse<byte[]> corner = viewer.getBytes("/slides/" + SLIDE + "_files/0/0_0.jpeg");
            assertThat(corner.statusCode()).isEqualTo(200);
            assertThat(ImageIO.read(new ByteArrayInputStream(corner.body())).getWidth())
                    .isEqualTo(1);
        }
    }

    @BothStores
    void badRequestsGetAClearFourHundredNeverAStackTrace(Store store) throws Exception {
        try (TestServer server = TestServer.start(
                store,
                work,
                settings -> new ServerSettings(settings.bindAddress(), 0, settings.slideRoots(), 4096, 4, 1 << 20))) {
            WebSession viewer = loggedIn(server);
            record Case(String path, int status, String message) {}
            for (Case bad : List.of(
                    new Case("/slides/no-such.svs.dzi", 404, "no slide with id 'no-such.svs'"),
                    new Case(
                            "/slides/" + SLIDE + "_files/13/0_0.jpeg",
                            404,
                            "level 13 tile (0, 0) does not exist: levels are 0 to 12"),
                    new Case("/slides/" + SLIDE + "_files/12/9_0.jpeg", 404, "tile (9, 0) does not exist"),
                    new Case("/slides/" + SLIDE + "_files/12/0_12.jpeg", 404, "tile (0, 12) does not exist"),
                    new Case("/slides/" + SLIDE + "_files/x/0_0.jpeg", 400, "level must be a whole number"),
                    new Case("/slides/" + SLIDE + "_files/12/-1_0.jpeg", 400, "col must be a whole number"),
                    new Case("/slides/" + SLIDE + "_files/12/0_0.png", 404, "tiles are jpeg, not png"),
                    new Case("/api/slides/" + SLIDE + "/thumbnail?max=999999", 400, "max must be 16-2048"),
                    new Case("/api/cases/C-9999", 404, "no case 'C-9999'"),
                    new Case("/api/nothing-here", 404, "Endpoint GET /api/nothing-here not found"))) {
                HttpResponse<String> response = viewer.get(bad.path());
                assertThat(response.statusCode()).as(bad.path()).isEqualTo(bad.status());
                HttpSecurityTest.assertOneLineJsonError(viewer, response, bad.status());
                assertThat(viewer.json(response).get("error").asText())
                        .as(bad.path())
                        .contains(bad.message());
            }
            HttpResponse<String> malformed = new WebSession(server).postWithoutCsrf("/api/login", "{\"name\": ");
            assertThat(malformed.statusCode()).isEqualTo(400);
            HttpSecurityTest.assertOneLineJsonError(viewer, malformed, 400);
            assertThat(viewer.json(malformed).get("error").asText()).startsWith("malformed JSON");

            String huge = "{\"name\": \"" + "x".repeat(8192) + "\", \"password\": \"y\"}";
            HttpResponse<String> tooLarge = new WebSession(server).postWithoutCsrf("/api/login", huge);
            assertThat(tooLarge.statusCode()).isEqualTo(413);
            HttpSecurityTest.assertOneLineJsonError(viewer, tooLarge, 413);
        }
    }

    @BothStores
    void aCorruptSlideIsAnErrorInTheViewerAndTheServerGoesOn(Store store) throws Exception {
        try (TestServer server = TestServer.start(store, work)) {
            WebSession viewer = loggedIn(server);
            assertThat(viewer.get("/slides/" + TestServer.CORRUPT + ".dzi").statusCode())
                    .isEqualTo(200);
            // Deep Zoom tile (3, 4) of the full-resolution level covers level-0 tile (3, 4), which is cut.
            HttpResponse<String> broken = viewer.get("/slides/" + TestServer.CORRUPT + "_files/12/3_4.jpeg");
            assertThat(broken.statusCode()).isEqualTo(422);
            HttpSecurityTest.assertOneLineJsonError(viewer, broken, 422);
            assertThat(viewer.json(broken).get("error").asText())
                    .as("names the file, not the server's folders")
                    .startsWith(TestServer.CORRUPT + ": ")
                    .doesNotContain(server.slides().toString());
            assertThat(viewer.getBytes("/slides/" + TestServer.CORRUPT + "_files/12/0_0.jpeg")
                            .statusCode())
                    .isEqualTo(200);
            assertThat(viewer.getBytes("/slides/" + SLIDE + "_files/12/3_4.jpeg")
                            .statusCode())
                    .isEqualTo(200);
        }
    }

    private static WebSession loggedIn(TestServer server) throws Exception {
        server.addUser("viola", Role.RESEARCHER);
        WebSession session = new WebSession(server);
        assertThat(session.login("viola", TestServer.PASSWORD).statusCode()).isEqualTo(200);
        return session;
    }

    private static JsonNode find(JsonNode slides, String id) {
        for (JsonNode slide : slides) {
            if (slide.get("id").asText().equals(id)) {
                return slide;
            }
        }
        throw new AssertionError(
                "no slide " + id + " in " + new String(slides.toString().getBytes(), StandardCharsets.UTF_8));
    }
}
