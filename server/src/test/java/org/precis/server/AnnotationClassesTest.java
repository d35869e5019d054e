package org.precis.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.io.json.JsonMappers;
import org.precis.server.cases.AnnotationClass;
import org.precis.store.Store;
import org.precis.store.users.Role;

/**
 * Annotation classes over real HTTP: the viewer is offered the server's classes, a drawn or
 * imported annotation keeps its QuPath {@code classification} through export and import, and a
 * malformed one is a 400 that says what is wrong, with nothing of the import saved.
 */
class AnnotationClassesTest {
    private static final String TUMOUR_BED =
            "{\"type\": \"Feature\", \"geometry\": {\"type\": \"Polygon\", \"coordinates\":"
                    + " [[[0, 0], [400, 0], [400, 300], [0, 0]]]}, \"properties\": {\"objectType\": \"annotation\","
                    + " \"classification\": {\"name\": \"lung_aca\", \"color\": [230, 120, 30]}}}";

    @TempDir
    Path work;

    @Test
    void theViewerIsOfferedTheDefaultClassesAndAClassSurvivesExportAndImport() throws Exception {
        try (Store store = TestServer.embeddedStore(work);
                TestServer server = TestServer.start(store, work)) {
            server.addUser("patricia", Role.PATHOLOGIST);
            String annotations = annotationsOf(server.breastCase());
            WebSession anonymous = new WebSession(server);
            assertThat(anonymous.get("/api/annotation-classes").statusCode()).isEqualTo(401);
            WebSession browser = new WebSession(server);
            browser.login("patricia", TestServer.PASSWORD);

            HttpResponse<String> offered = browser.get("/api/annotation-classes");
            assertThat(offered.statusCode()).isEqualTo(200);
            assertThat(browser.json(offered).findValuesAsText("name"))
                    .containsExactly(
                            "lung_aca", "lung_n", "lung_scc", "Tumor", "Stroma", "Immune cells", "Necrosis", "Other");
            assertThat(browser.json(offered).get(3).toString()).isEqualTo("{\"name\":\"Tumor\",\"color\":[200,0,0]}");

            assertThat(browser.post(annotations, TUMOUR_BED).statusCode()).isEqualTo(201);
            JsonNode exported = browser.json(browser.get(annotations));
            JsonNode classification = exported.at("/features/0/properties/classification");
            assertThat(classification)
                    .isEqualTo(JsonMappers.compact().readTree("{\"name\": \"lung_aca\", \"color\": [230, 120, 30]}"));

            // QuPath opens the export and writes it back: importing it again keeps the class.
            assertThat(browser.post(annotations, exported.toString()).statusCode())
                    .isEqualTo(201);
            assertThat(browser.json(browser.get(annotations)).get("features"))
                    .hasSize(2)
                    .allSatisfy(feature ->
                            assertThat(feature.at("/properties/classification")).isEqualTo(classification));
        }
    }

    @Test
    void theServerOffersTheClassesItIsGiven() throws Exception {
        List<AnnotationClass> classes = List.of(new AnnotationClass("Tumour bed", List.of(10, 20, 30)));
        try (Store store = TestServer.embeddedStore(work);
                TestServer server =
                        TestServer.start(store, work, settings -> settings.withAnnotationClasses(classes))) {
            server.addUser("patricia", Role.PATHOLOGIST);
            WebSession browser = new WebSession(server);
            browser.login("patricia", TestServer.PASSWORD);
            assertThat(browser.get("/api/annotation-classes").body())
                    .isEqualTo("[{\"name\":\"Tumour bed\",\"color\":[10,20,30]}]");
        }
    }

    @Test
    void aMalformedClassificationIsA400ThatSaysWhatIsWrongAndSavesNothing() throws Exception {
        try (Store store = TestServer.embeddedStore(work);
                TestServer server = TestServer.start(store, work)) {
            server.addUser("patricia", Role.PATHOLOGIST);
            String caseId = server.breastCase();
            String annotations = annotationsOf(caseId);
            WebSession browser = new WebSession(server);
            browser.login("patricia", TestServer.PASSWORD);
            List<String[]> refused = new ArrayList<>();
            refused.add(new String[] {
                "\"lung_aca\"", "annotation classification must be a JSON object with a name, got STRING"
            });
            refused.add(new String[] {
                "{\"color\": [230, 120, 30]}", "annotation classification needs a text name, e.g. {\"name\": \"Tumor\"}"
            });
            refused.add(new String[] {
                "{\"name\": \"" + "x".repeat(65) + "\"}", "annotation class name is longer than 64 characters"
            });
            refused.add(new String[] {
                "{\"name\": \"Tumor\", \"color\": [200, 0, 999]}",
                "annotation class colour must be [red, green, blue], three integers 0-255"
            });
            for (String[] bad : refused) {
                HttpResponse<String> answer = browser.post(annotations, withClassification(bad[0]));
                assertThat(answer.statusCode()).as(bad[0]).isEqualTo(400);
                HttpSecurityTest.assertOneLineJsonError(browser, answer, 400);
                assertThat(browser.json(answer).get("error").asText()).isEqualTo(bad[1]);
            }

            // A QuPath file whose second feature is malformed: the whole import is refused.
            String collection = "{\"type\": \"FeatureCollection\", \"features\": [" + TUMOUR_BED + ", "
                    + withClassification("{\"name\": 7}") + "]}";
            HttpResponse<String> answer = browser.post(annotations, collection);
            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(browser.json(answer).get("error").asText())
                    .isEqualTo(
                            "feature 2 of 2: annotation classification needs a text name, e.g. {\"name\": \"Tumor\"}");
            assertThat(store.cases().annotations(caseId, TestServer.SLIDE)).isEmpty();
        }
    }

    private static String withClassification(String classification) {
        return "{\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [100, 200]},"
                + " \"properties\": {\"objectType\": \"annotation\", \"classification\": " + classification + "}}";
    }

    private static String annotationsOf(String caseId) {
        return "/api/cases/" + caseId + "/slides/" + TestServer.SLIDE + "/annotations";
    }
}
