package org.precis.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.precis.io.json.JsonMappers;
import org.precis.server.auth.Authentication;

/** A browser-like client of a test server: it keeps the session cookie and sends the CSRF token. */
final class WebSession {
    private final TestServer server;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private final ObjectMapper json = JsonMappers.compact();
    private String csrf;

    WebSession(TestServer server) {
        this.server = server;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** Logs in; the answer's CSRF token is sent with every later change. */
    HttpResponse<String> login(String name, String password) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(server.uri("/api/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.createObjectNode()
                        .put("name", name)
                        .put("password", password)
                        .toString())));
        if (response.statusCode() == 200) {
            csrf = json.readTree(response.body()).get("csrfToken").asText();
        }
        return response;
    }

    /** A GET with extra headers ({@code name, value, ...}). */
    HttpResponse<String> get(String rawPath, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(server.uri(rawPath)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    HttpResponse<byte[]> getBytes(String rawPath, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(server.uri(rawPath)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A change with the session's CSRF token. */
    HttpResponse<String> post(String rawPath, String body) throws IOException, InterruptedException {
        return send(change(rawPath, body).header(Authentication.CSRF_HEADER, csrf));
    }

    /** A change without a CSRF token, as a forged cross-site form would send it. */
    HttpResponse<String> postWithoutCsrf(String rawPath, String body) throws IOException, InterruptedException {
        return send(change(rawPath, body));
    }

    HttpResponse<String> postWithCsrf(String rawPath, String body, String token)
            throws IOException, InterruptedException {
        return send(change(rawPath, body).header(Authentication.CSRF_HEADER, token));
    }

    HttpResponse<String> delete(String rawPath) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(server.uri(rawPath)).DELETE().header(Authentication.CSRF_HEADER, csrf));
    }

    /** The session cookie as the server set it. */
    Optional<HttpCookie> sessionCookie() {
        return cookies.getCookieStore().get(server.uri("/")).stream()
                .filter(cookie -> cookie.getName().equals(Authentication.COOKIE))
                .findFirst();
    }

    JsonNode json(HttpResponse<String> response) throws IOException {
        return json.readTree(response.body());
    }

    private HttpRequest.Builder change(String rawPath, String body) {
        return HttpRequest.newBuilder(server.uri(rawPath))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
