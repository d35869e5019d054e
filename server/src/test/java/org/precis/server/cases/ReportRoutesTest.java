package org.precis.server.cases;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.precis.casework.AnalysisKind;
import org.precis.casework.CaseWork;
import org.precis.casework.library.SlideLibrary;
import org.precis.fhir.FhirJson;
import org.precis.io.json.JsonMappers;
import org.precis.server.PrecisServer;
import org.precis.server.ServerSettings;
import org.precis.slide.Slides;
import org.precis.store.Backend;
import org.precis.store.Store;
import org.precis.store.StoreFixture;
import org.precis.store.audit.AuditEntry;
import org.precis.store.cases.AnalysisRecord;
import org.precis.store.cases.NewCase;
import org.precis.store.cases.ReviewDecision;
import org.precis.store.users.Role;
import org.precis.store.users.User;
import org.precis.testing.PostgresServer;
import org.precis.testing.PostgresServerExtension;
import org.precis.testing.SampleData;

/**
 * The report routes on a running server, called over loopback HTTP. The whole class runs twice, on
 * the embedded H2 store and on PostgreSQL, each with a fresh database.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
@ExtendWith(PostgresServerExtension.class)
class ReportRoutesTest {

    private static final String CASE = "BR-0202";
    private static final ObjectMapper JSON = JsonMappers.compact();

    /** The store this run of the class uses: JUnit hands it to the set-up only when the class declares it. */
    @Parameter
    Backend backend;

    private static StoreFixture database;
    private static Store store;
    private static Slides engine;
    private static PrecisServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static String pathologist;
    private static String administrator;
    private static String researcher;

    @BeforeParameterizedClassInvocation
    static void startOnASignedCase(Backend backend, PostgresServer postgres) throws Exception {
        database = StoreFixture.of(backend, () -> postgres);
        store = Store.open(database.location(), Clock.systemUTC(), new SecureRandom());
        engine = Slides.withDefaults();
        List<Path> roots = List.of(SampleData.path("samples/wsi"));
        User alice = store.users().add("dr.alice", Role.PATHOLOGIST).user();
        store.users().add("admin", Role.ADMINISTRATOR);
        store.users().add("rita", Role.RESEARCHER);
        pathologist = store.users().issueToken("dr.alice");
        administrator = store.users().issueToken("admin");
        researcher = store.users().issueToken("rita");
        store.cases()
                .create(new NewCase(
                        Optional.of(CASE),
                        "PSN-22",
                        "left breast, excision",
                        JSON.createObjectNode()
                                .put("size_mm", 25)
                                .put("nodes", 4)
                                .put("grade", 3)));
        AnalysisRecord npi = new CaseWork(store.cases(), SlideLibrary.scan(roots), engine, "precis 0.1.0", JSON)
                .analyse(CASE, AnalysisKind.NPI, Optional.empty(), Optional.empty());
        for (String key : npi.findingKeys()) {
            store.cases().review(CASE, npi.id(), key, ReviewDecision.ACCEPT, null, "", alice);
        }
        store.cases().signOff(CASE, alice);
        server = PrecisServer.start(
                ServerSettings.of("127.0.0.1", 0, roots), store, engine, Clock.systemUTC(), new SecureRandom());
    }

    @AfterParameterizedClassInvocation
    static void stop() throws IOException {
        try {
            server.close();
            engine.close();
            store.close();
        } finally {
            database.close();
        }
    }

    @Test
    void aPathologistGetsTheReportPageItsPdfAndItsFhirBundleEachAudited() throws Exception {
        int exportsBefore = exports().size();

        HttpResponse<byte[]> html = get("/api/cases/" + CASE + "/report.html", pathologist);
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(html.headers().firstValue("Content-Security-Policy")).contains(ReportRoutes.REPORT_PAGE_POLICY);
        // NPI = 0.2 x 2.5 + 3 (4 or more nodes) + 3 = 6.50
        assertThat(new String(html.body(), StandardCharsets.UTF_8))
                .contains(CASE)
                .contains("6.50");

        HttpResponse<byte[]> pdf = get("/api/cases/" + CASE + "/report.pdf?version=1", pathologist);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"" + CASE + "-v1.pdf\"");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        HttpResponse<byte[]> fhir = get("/fhir/DiagnosticReport/" + CASE, administrator);
        assertThat(fhir.statusCode()).isEqualTo(200);
        assertThat(fhir.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/fhir+json"));
        Bundle bundle = new FhirJson(FhirContext.forR4())
                .readBundle(new String(fhir.body(), StandardCharsets.UTF_8), "the FHIR answer");
        DiagnosticReport report = bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(DiagnosticReport.class::isInstance)
                .map(DiagnosticReport.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(report.getStatus()).isEqualTo(DiagnosticReport.DiagnosticReportStatus.FINAL);
        assertThat(report.getIdentifier())
                .anySatisfy(id -> assertThat(id.getValue()).isEqualTo(CASE));

        List<AuditEntry> exports = exports();
        assertThat(exports).hasSize(exportsBefore + 3);
        assertThat(exports.subList(exportsBefore, exports.size()))
                .extracting(entry ->
                        entry.actor() + " " + entry.details().path("format").asText())
                .containsExactly("dr.alice html", "dr.alice pdf", "admin fhir");
    }

    @Test
    void aResearcherIsRefusedAndAnAnonymousCallerAskedToLogIn() throws Exception {
        int exportsBefore = exports().size();
        assertThat(get("/api/cases/" + CASE + "/report.pdf", researcher).statusCode())
                .isEqualTo(403);
        assertThat(get("/fhir/DiagnosticReport/" + CASE, researcher).statusCode())
                .isEqualTo(403);
        assertThat(get("/api/cases/" + CASE + "/report.html", null).statusCode())
                .isEqualTo(401);
        assertThat(exports()).hasSize(exportsBefore);
    }

    @Test
    void anUnknownCaseOrVersionIs404AndABadVersion400WithAOneLineMessage() throws Exception {
        HttpResponse<byte[]> unknown = get("/fhir/DiagnosticReport/NO-SUCH", pathologist);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(unknown.body()).path("error").asText()).contains("NO-SUCH");
        HttpResponse<byte[]> version = get("/api/cases/" + CASE + "/report.pdf?version=9", pathologist);
        assertThat(version.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(version.body()).path("error").asText()).contains("no report version 9");
        HttpResponse<byte[]> bad = get("/api/cases/" + CASE + "/report.html?version=abc", pathologist);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(new String(bad.body(), StandardCharsets.UTF_8))
                .doesNotContain("Exception")
                .contains("abc");
    }

    private static List<AuditEntry> exports() {
        return store.audit().list(0, 10_000).stream()
                .filter(entry -> entry.event().equals("exported"))
                .toList();
    }

    private static HttpResponse<byte[]> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
