package org.precis.survival.validation;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.stream.Collectors;

/**
 * What is wrong with a JSON file, in one line and the file's words: where (line, field) and what,
 * without the parser's class names and settings ({@code DeserializationFeature} hints).
 */
final class JsonFault {

    private JsonFault() {}

    static String describe(JsonProcessingException e) {
        if (e instanceof JsonEOFException
                || (e.getOriginalMessage() != null && e.getOriginalMessage().contains("end-of-input"))) {
            return "the file ends before its JSON does (truncated?)";
        }
        String what;
        if (e instanceof ValueInstantiationException
                && e.getCause() != null
                && e.getCause().getMessage() != null) {
            what = e.getCause().getMessage();
        } else {
            what = firstLine(e.getOriginalMessage());
        }
        String field = e instanceof JsonMappingException mapping
                        && !mapping.getPath().isEmpty()
                ? "field '" + mapping.getPath().stream().map(JsonFault::name).collect(Collectors.joining(".")) + "': "
                : "";
        JsonLocation at = e.getLocation();
        String line = at != null && at.getLineNr() > 0 ? "line " + at.getLineNr() + ": " : "";
        return line + field + what;
    }

    private static String name(JsonMappingException.Reference reference) {
        return reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]";
    }

    /** The first line, without a parenthesised hint about a parser setting or a type's Java name. */
    private static String firstLine(String message) {
        String first = message == null
                ? "not valid JSON"
                : message.lines().findFirst().orElse("not valid JSON").strip();
        int setting = first.indexOf("DeserializationFeature");
        if (setting >= 0) {
            int cut = Math.max(first.lastIndexOf("; ", setting), first.lastIndexOf(" (", setting));
            first = cut >= 0 ? first.substring(0, cut) : "value not allowed";
        }
        if (first.startsWith("Null value for creator property")) {
            return "must not be null";
        }
        if (first.startsWith("Missing required creator property")) {
            return "missing";
        }
        return first.replaceAll(" \\(index [0-9]+\\)", "")
                .replaceAll("`[a-z]+(\\.[a-z0-9]+)+\\.([A-Za-z0-9$]+)`", "$2")
                .replace("`", "'");
    }
}
