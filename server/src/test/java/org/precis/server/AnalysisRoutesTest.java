package org.precis.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.casework.ModelRuntime;
import org.precis.store.Store;
import org.precis.store.audit.AuditEntry;
import org.precis.store.users.Role;
import org.precis.testing.SampleData;

/**
 * Analyses started from the viewer over real HTTP: a pathologist's request is queued and answered
 * at once, the job runs the case work (the grade on a drawn region, with the shipped encoders) and
 * records the analysis the case then shows; a failing analysis says why and records nothing; bad
 * requests are refused in one line, and the starts and ends are in the audit table.
 */
class AnalysisRoutesTest {

    @TempDir
    Path work;

    @Test
    void aPathologistGradesADrawnRegionAndTheCaseShowsTheAnalysis() throws Exception {
        try (Store store = TestServer.embeddedStore(work);
                TestServer server = TestServer.start(
                        store, work, settings -> settings.withModels(new ModelRuntime(SampleData.root(), 2)))) {
            server.addUser("patricia", Role.PATHOLOGIST);
            String caseId = server.breastCase();
            WebSession browser = new WebSession(server);
            browser.login("patricia", TestServer.PASSWORD);

            HttpResponse<String> started = browser.post(
                    "/api/cases/" + caseId + "/analyses",
                    "{\"kind\": \"grade\", \"slideId\": \"" + TestServer.SLIDE
                            + "\", \"region\": [600, 700, 1000, 1000]}");
            assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
            JsonNode job = finished(browser, browser.json(started).get("id").asLong());
            assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("done");

            JsonNode shown = browser.json(browser.get("/api/cases/" + caseId));
            JsonNode grade = shown.get("analyses").get(0);
            assertThat(grade.get("id").asLong()).isEqualTo(job.get("analysisId").asLong());
            assertThat(grade.get("kind").asText()).isEqualTo("grade");
            assertThat(grade.at("/provenance/parameters/region").asText()).isEqualTo("600,700,1000,1000");
            assertThat(grade.get("overlays").findValuesAsText("kind")).contains("grade-cells");

            List<AuditEntry> audit = store.audit().list(0, 1000);
            assertThat(audit)
                    .filteredOn(e -> e.event().startsWith("analysis-"))
                    .extracting(AuditEntry::event, AuditEntry::actor)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("analysis-requested", "patricia"),
                            org.assertj.core.groups.Tuple.tuple("analysis-recorded", "patricia"));
        }
    }

    @Test
    void aFailingAnalysisSaysWhyAndRecordsNothing() throws Exception {
        try (Store store = TestServer.embeddedStore(work);
                TestServer server = TestServer.start(store, work)) {
            server.addUser("patricia", Role.PATHOLOGIST);
            String caseId = server.breastCase();
            WebSession browser = new WebSession(server);
            browser.login("patricia", TestServer.PASSWORD);

            // Ki67 on an H&E slide: no DAB to score
            HttpResponse<String> started = browser.post(
                    "/api/cases/" + caseId + "/analyses",
                    "{\"kind\": \"ki67\", \"slideId\": \"" + TestServer.SLIDE + "\", \"region\": [0, 0, 1000, 1000]}");
            assertThat(started.statusCode()).isEqualTo(202);
            JsonNode job = finished(browser, browser.json(started).get("id").asLong());
            assertThat(job.get("state").asText()).isEqualTo("failed");
            assertThat(job.get("error").asText()).contains(TestServer.SLIDE).doesNotContain("\n");
            assertThat(store.cases().analyses(caseId)).isEmpty();
            assertThat(store.audit().list(0, 1000))
                    .extracting(AuditEntry::event)
                    .contains("analysis-failed");
        }
    }

    @Test
    void badRequestsAreRefusedInOneLine() throws Exception {
        try (Store store = TestServer.embeddedStore(work);
                TestServer server = TestServer.start(store, work)) {
            server.addUser("patricia", Role.PATHOLOGIST);
            server.addUser("rhea", Role.RESEARCHER);
            String caseId = server.breastCase();
            String analyses = "/api/cases/" + caseId + "/analyses";
            WebSession browser = new WebSession(server);
            browser.login("patricia", TestServer.PASSWORD);
            String[][] refused = {
                {"{\"kind\": \"magic\", \"slideId\": \"" + TestServer.SLIDE + "\"}", "400", "unknown analysis 'magic'"},
                {"{\"kind\": \"npi\", \"slideId\": \"" + TestServer.SLIDE + "\"}", "400", "run from the command line"},
                {"{\"kind\": \"qc\", \"slideId\": \"other.svs\"}", "400", "has no slide 'other.svs'"},
                {
                    "{\"kind\": \"qc\", \"slideId\": \"" + TestServer.SLIDE + "\", \"region\": [1, 2, 3]}",
                    "400",
                    "[x, y, width, height]"
                },
                {
                    "{\"kind\": \"qc\", \"slideId\": \"" + TestServer.SLIDE + "\", \"region\": [0, 0, -5, 10]}",
                    "400",
                    "size must be positive"
                },
                {"{\"kind\": \"grade\", \"slideId\": \"" + TestServer.SLIDE + "\"}", "400", "needs the shipped encoders"
                },
                {"{\"kind\": ", "400", ""},
            };
            for (String[] request : refused) {
                HttpResponse<String> answer = browser.post(analyses, request[0]);
                assertThat(answer.statusCode()).as(request[0]).isEqualTo(Integer.parseInt(request[1]));
                HttpSecurityTest.assertOneLineJsonError(browser, answer, Integer.parseInt(request[1]));
                assertThat(browser.json(answer).get("error").asText())
                        .as(request[0])
                        .contains(request[2]);
            }
            String qc = "{\"kind\": \"qc\", \"slideId\": \"" + TestServer.SLIDE + "\"}";
            assertThat(browser.post("/api/cases/NO-SUCH-CASE/analyses", qc).statusCode())
                    .isEqualTo(404);
            assertThat(browser.postWithoutCsrf(analyses, qc).statusCode()).isEqualTo(403);
            assertThat(browser.get("/api/jobs/999").statusCode()).isEqualTo(404);
            assertThat(browser.get("/api/jobs/abc").statusCode()).isEqualTo(400);
            String signed = server.breastCase();
            store.cases().signOff(signed, store.users().find("patricia").orElseThrow());
            HttpResponse<String> onSigned = browser.post("/api/cases/" + signed + "/analyses", qc);
            assertThat(onSigned.statusCode()).isEqualTo(409);
            assertThat(browser.json(onSigned).get("error").asText())
                    .isEqualTo("case " + signed + " is signed; amend it first");
            WebSession researcher = new WebSession(server);
            researcher.login("rhea", TestServer.PASSWORD);
            assertThat(researcher.post(analyses, qc).statusCode()).isEqualTo(403);
            assertThat(store.cases().analyses(caseId)).isEmpty();
        }
    }

    /** Polls the job until it is done or failed (at most two minutes on a loaded machine). */
    private static JsonNode finished(WebSession browser, long id) throws Exception {
        for (int i = 0; i < 600; i++) {
            JsonNode job = browser.json(browser.get("/api/jobs/" + id));
            String state = job.get("state").asText();
            if (state.equals("done") || state.equals("failed")) {
                return job;
            }
            assertThat(state).isIn("queued", "running");
            Thread.sleep(200);
        }
        throw new AssertionError("job " + id + " did not finish in two minutes");
    }
}
