package org.precis.federation.node;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.TreeSet;

/**
 * The columns a round request names, read from the keys every algorithm uses for them (time, event,
 * covariates, group, strata) at any depth of its parameters, so a site can refuse a disallowed column by name before it
 * computes. The site also hands algorithms a table holding only its allowed columns, so a column
 * named under any other key cannot be read either.
 */
final class RequestedColumns {
    private static final Set<String> COLUMN_KEYS =
            Set.of("time", "event", "covariates", "group", "strata", "column", "columns", "outcome");

    private RequestedColumns() {}

    /** The texts under column keys anywhere in the parameters (algorithms nest the study's own parameters). */
    static Set<String> of(JsonNode parameters) {
        Set<String> columns = new TreeSet<>();
        walk(parameters, columns);
        return columns;
    }

    private static void walk(JsonNode node, Set<String> columns) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (COLUMN_KEYS.contains(field.getKey())) {
                    collect(field.getValue(), columns);
                } else {
                    walk(field.getValue(), columns);
                }
            });
        } else if (node.isArray()) {
            node.forEach(element -> walk(element, columns));
        }
    }

    private static void collect(JsonNode node, Set<String> columns) {
        if (node.isTextual()) {
            columns.add(node.asText());
        } else if (node.isArray()) {
            node.forEach(element -> collect(element, columns));
        } else if (node.isObject() && node.has("name")) {
            collect(node.get("name"), columns);
        }
    }
}
