package org.precis.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.precis.store.BothStores;
import org.precis.store.Store;
import org.precis.store.audit.AuditEntry;
import org.precis.store.users.Role;

/**
 * The workstation's security over real HTTP, on the embedded store and on PostgreSQL: logins,
 * session cookies, CSRF, roles, API tokens, the login rate limit, and the audit of what people do.
 */
class HttpSecurityTest {
    private static final String POINT =
            "{\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [100, 200]},"
                    + " \"properties\": {\"objectType\": \"annotation\"}}";

    @TempDir
    Path work;

    @BothStores
    void theApiAndTheTilesNeedALoginButThePageDoesNot(Store store) throws Exception {
        try (TestServer server = TestServer.start(store, work)) {
            WebSession anonymous = new WebSession(server);
            for (String path : List.of(
                    "/api/cases",
                    "/api/cases/C-0001",
                    "/api/slides",
                    "/slides/" + TestServer.SLIDE + ".dzi",
                    "/slides/" + TestServer.SLIDE + "_files/12/0_0.jpeg")) {
                HttpResponse<String> response = anonymous.get(path);
                assertThat(response.statusCode()).as(path).isEqualTo(401);
                assertOneLineJsonError(anonymous, response, 401);
            }
            assertThat(anonymous.postWithoutCsrf("/api/cases/C-0001/sign", "{}").statusCode())
                    .isEqualTo(401);

            HttpResponse<String> nobody = anonymous.get("/api/session");
            assertThat(nobody.statusCode()).isEqualTo(200);
            assertThat(anonymous.json(nobody).get("user").isNull()).isTrue();

            HttpResponse<String> page = anonymous.get("/");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("openseadragon");
            assertThat(page.headers().firstValue("Content-Security-Policy"))
                    .hasValueSatisfying(policy -> assertThat(policy)
                            .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'"));
            assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        }
    }

    @BothStores
    void aLoginGivesAnHttpOnlySameSiteStrictCookieAndACsrfToken(Store store) throws Exception {
        try (TestServer server = TestServer.start(store, work)) {
            server.addUser("patricia", Role.PATHOLOGIST);
            WebSession browser = new WebSession(server);
            HttpResponse<String> wrong = browser.login("patricia", "not the password");
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(browser.json(wrong).get("error").asText()).isEqualTo("wrong name or password");
            assertThat(browser.login("nobody", TestServer.PASSWORD).statusCode())
                    .isEqualTo(401);

            HttpResponse<String> login = browser.login("patricia", TestServer.PASSWORD);
            assertThat(login.statusCode()).isEqualTo(200);
            JsonNode session = browser.json(login);
            assertThat(session.get("user").asText()).isEqualTo("patricia");
            assertThat(session.get("role").asText()).isEqualTo("pathologist");
            assertThat(session.get("csrfToken").asText()).hasSizeGreaterThanOrEqualTo(40);
            String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
            assertThat(setCookie).contains("precis_session=", "HttpOnly", "SameSite=Strict", "Path=/");
            assertThat(browser.json(browser.get("/api/session")).get("user").asText())
                    .isEqualTo("patricia");

            assertThat(browser.post("/api/logout", "{}").statusCode()).isEqualTo(204);
            assertThat(browser.get("/api/cases").statusCode()).isEqualTo(401);
            assertThat(server.store().audit().list(0, 100))
                    .extracting(AuditEntry::actor, AuditEntry::event)
                    .contains(
                            org.assertj.core.groups.Tuple.tuple("patricia", "login-failed"),
                            org.assertj.core.groups.Tuple.tuple("nobody", "login-failed"),
                            org.assertj.core.groups.Tuple.tuple("patricia", "login"));
        }
    }

    @BothStores
    void everyChangeNeedsTheSessionsCsrfToken(Store store) throws Exception {
        try (TestServer server = TestServer.start(store, work)) {
            server.addUser("patricia", Role.PATHOLOGIST);
            String caseId = server.breastCase();
            WebSession browser = new WebSession(server);
            browser.login("patricia", TestServer.PASSWORD);
            String annotations = "/api/cases/" + caseId + "/slides/" + TestServer.SLIDE + "/annotations";

            HttpResponse<String> forged = browser.postWithoutCsrf(annotations, POINT);
            assertThat(forged.statusCode()).isEqualTo(403);
            assertThat(browser.json(forged).get("error").asText()).isEqualTo("missing or wrong X-CSRF-Token header");
            assertThat(browser.postWithCsrf(annotations, POINT, "A".repeat(43)).statusCode())
                    .isEqualTo(403);
            assertThat(browser.postWithoutCsrf("/api/cases/" + caseId + "/sign", "{}")
                            .statusCode())
                    .isEqualTo(403);
            assertThat(store.cases().annotations(caseId, TestServer.SLIDE)).isEmpty();

            HttpResponse<String> added = browser.post(annotations, POINT);
            assertThat(added.statusCode()).isEqualTo(201);
            assertThat(store.cases().annotations(caseId, TestServer.SLIDE)).hasSize(1);
            String id = browser.json(added).get("ids").get(0).asText();
            HttpResponse<String> exported = browser.get(annotations);
            assertThat(exported.statusCode()).isEqualTo(200);
            assertThat(exported.headers().firstValue("Content-Type")).hasValue("application/geo+json");
            JsonNode feature = browser.json(exported).get("features").get(0);
            assertThat(feature.get("id").asText()).isEqualTo(id);
            assertThat(feature.at("/geometry/coordinates").toString()).isEqualTo("[100,200]");
            assertThat(feature.at("/properties/author").asText()).isEqualTo("patricia");
        }
    }

    @BothStores
    void rolesDecideWhoMaySignAndAnAnnotationIsOnlyItsCases(Store store) throws Exception {
        try (TestServer server = TestServer.start(store, work)) {
            server.addUser("patricia", Role.PATHOLOGIST);
            server.addUser("rasmus", Role.RESEARCHER);
            String caseId = server.breastCase();
            String other = server.breastCase();
            WebSession researcher = new WebSession(server);
            researcher.login("rasmus", TestServer.PASSWORD);
            HttpResponse<String> sign = researcher.post("/api/cases/" + caseId + "/sign", "{}");
            assertThat(sign.statusCode()).isEqualTo(403);
            assertThat(researcher.json(sign).get("error").asText()).isEqualTo("this needs the role pathologist");
            assertThat(store.cases().find(caseId).orElseThrow().status().label())
                    .isEqualTo("draft");

            WebSession pathologist = new WebSession(server);
            pathologist.login("patricia", TestServer.PASSWORD);
            String id = pathologist
                    .json(pathologist.post(
                            "/api/cases/" + caseId + "/slides/" + TestServer.SLIDE + "/annotations", POINT))
                    .get("ids")
                    .get(0)
                    .asText();
            HttpResponse<String> elsewhere = pathologist.delete("/api/cases/" + other + "/annotations/" + id);
            assertThat(elsewhere.statusCode()).isEqualTo(404);
            assertThat(researcher
                            .delete("/api/cases/" + caseId + "/annotations/" + id)
                            .statusCode())
                    .isEqualTo(403);
            assertThat(store.cases().annotations(caseId, TestServer.SLIDE)).hasSize(1);
            assertThat(pathologist
                            .delete("/api/cases/" + caseId + "/annotations/" + id)
                            .statusCode())
                    .isEqualTo(204);
            assertThat(store.cases().annotations(caseId, TestServer.SLIDE)).isEmpty();
        }
    }

    @BothStores
    void anApiTokenWorksWithoutACookieUntilItIsRevoked(Store store) throws Exception {
        try (TestServer server = TestServer.start(store, work)) {
            server.addUser("lis-bridge", Role.RESEARCHER);
            String token = store.users().issueToken("lis-bridge");
            WebSession client = new WebSession(server);
            HttpResponse<String> cases = client.get("/api/cases", "Authorization", "Bearer " + token);
            assertThat(cases.statusCode()).isEqualTo(200);
            assertThat(client.json(cases).isArray()).isTrue();
            assertThat(client.get("/api/cases", "Authorization", "Bearer " + token + "x")
                            .statusCode())
                    .isEqualTo(401);
            store.users().revokeTokens("lis-bridge");
            HttpResponse<String> revoked = client.get("/api/cases", "Authorization", "Bearer " + token);
            assertThat(revoked.statusCode()).isEqualTo(401);
            assertThat(client.json(revoked).get("error").asText()).isEqualTo("unknown or revoked API token");
        }
    }

    @BothStores
    void repeatedFailedLoginsAreThrottledEvenWithTheRightPasswordAfterwards(Store store) throws Exception {
        try (TestServer server = TestServer.start(store, work)) {
            server.addUser("patricia", Role.PATHOLOGIST);
            server.addUser("rasmus", Role.RESEARCHER);
            WebSession attacker = new WebSession(server);
            for (int attempt = 1; attempt <= 5; attempt++) {
                assertThat(attacker.login("patricia", "guess " + attempt).statusCode())
                        .as("attempt %d", attempt)
                        .isEqualTo(401);
            }
            HttpResponse<String> throttled = attacker.login("patricia", TestServer.PASSWORD);
            assertThat(throttled.statusCode()).isEqualTo(429);
            assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
            assertThat(attacker.json(throttled).get("error").asText()).startsWith("too many failed logins");
            assertThat(attacker.json(attacker.get("/api/session")).get("user").isNull())
                    .isTrue();
            // Another account from the same address is not locked out by these five.
            assertThat(new WebSession(server)
                            .login("rasmus", TestServer.PASSWORD)
                            .statusCode())
                    .isEqualTo(200);
        }
    }

    @BothStores
    void everyViewSignOffAndExportIsInTheAuditTrail(Store store) throws Exception {
        try (TestServer server = TestServer.start(store, work)) {
            server.addUser("patricia", Role.PATHOLOGIST);
            String caseId = server.breastCase();
            WebSession browser = new WebSession(server);
            browser.login("patricia", TestServer.PASSWORD);
            assertThat(browser.get("/api/cases/" + caseId).statusCode()).isEqualTo(200);
            assertThat(browser.get("/api/cases/" + caseId + "/slides/" + TestServer.SLIDE + "/annotations")
                            .statusCode())
                    .isEqualTo(200);
            HttpResponse<String> signed = browser.post("/api/cases/" + caseId + "/sign", "{}");
            assertThat(signed.statusCode()).isEqualTo(200);
            assertThat(browser.json(signed).get("status").asText()).isEqualTo("signed");
            HttpResponse<String> again = browser.post("/api/cases/" + caseId + "/sign", "{}");
            assertThat(again.statusCode()).isEqualTo(409);

            List<AuditEntry> entries = store.audit().list(0, 100);
            assertThat(entries)
                    .filteredOn(
                            entry -> caseId.equals(entry.details().path("case").asText()))
                    .extracting(AuditEntry::actor, AuditEntry::event)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("patricia", "case-viewed"),
                            org.assertj.core.groups.Tuple.tuple("patricia", "exported"),
                            org.assertj.core.groups.Tuple.tuple("patricia", "signed"));
            assertThat(store.audit().verify().intact()).isTrue();
        }
    }

    static void assertOneLineJsonError(WebSession session, HttpResponse<String> response, int status) throws Exception {
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode body = session.json(response);
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("error").asText()).isNotBlank().doesNotContain("\n", "Exception", "at org.");
    }
}
