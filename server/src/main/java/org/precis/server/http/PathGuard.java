package org.precis.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Refuses, before any route or static file is looked up, a request path with a dot segment
 * ({@code ..}, {@code .}), an encoded slash or backslash, or a control character, raw or
 * percent-encoded. Slides are named by id, so no legitimate path has one; refusing them outright
 * leaves no decoding difference between the layers to exploit. It is a servlet filter so that it
 * runs before the web framework resolves anything.
 */
public final class PathGuard implements Filter {
    private final ObjectMapper json;

    public PathGuard(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<String> problem = problem(((HttpServletRequest) request).getRequestURI());
        if (problem.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse http = (HttpServletResponse) response;
        http.setStatus(400);
        http.setContentType("application/json;charset=utf-8");
        http.setHeader("X-Content-Type-Options", "nosniff");
        http.getOutputStream().write(json.writeValueAsBytes(new ApiError(problem.get(), 400)));
    }

    /** What is wrong with a raw (still percent-encoded) request path, if anything. */
    static Optional<String> problem(String rawPath) {
        for (String segment : rawPath.split("/", -1)) {
            String decoded;
            try {
                decoded = URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return Optional.of("malformed percent-encoding in the path");
            }
            if (decoded.equals("..") || decoded.equals(".")) {
                return Optional.of("the path must not contain '.' or '..' segments");
            }
            if (decoded.indexOf('/') >= 0 || decoded.indexOf('\\') >= 0) {
                return Optional.of("the path must not contain encoded slashes or backslashes");
            }
            if (decoded.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                return Optional.of("the path must not contain control characters");
            }
        }
        return Optional.empty();
    }
}
