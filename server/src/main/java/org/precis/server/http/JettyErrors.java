package org.precis.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * The errors Jetty answers itself, before a route runs (an ambiguous path such as an encoded
 * slash or {@code %2e%2e}, a malformed request line): the same one-line JSON as every other error,
 * never an HTML page or a stack trace.
 */
public final class JettyErrors extends ErrorHandler {
    private static final String JSON = "application/json;charset=utf-8";

    private final ObjectMapper json;

    public JettyErrors(ObjectMapper json) {
        this.json = json;
        setShowStacks(false);
        setShowServlet(false);
    }

    @Override
    protected void generateAcceptableResponse(
            Request baseRequest, HttpServletRequest request, HttpServletResponse response, int code, String message)
            throws IOException {
        baseRequest.setHandled(true);
        response.setContentType(JSON);
        response.getOutputStream().write(body(code, message));
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, JSON));
        return ByteBuffer.wrap(body(status, reason));
    }

    private byte[] body(int status, String message) {
        String line = message == null || message.isBlank()
                ? HttpStatus.getMessage(status)
                : message.lines().findFirst().orElse(message);
        try {
            return json.writeValueAsBytes(new ApiError(line, status));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an error message could not be written as JSON", e);
        }
    }
}
