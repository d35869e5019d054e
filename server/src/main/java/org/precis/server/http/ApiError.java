package org.precis.server.http;

/** The body of every error answer: {@code {"error": "...", "status": 404}}. */
public record ApiError(String error, int status) {}
