package org.precis.survival.cox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.precis.survival.data.CoxDesign;
import org.precis.survival.data.DesignSpec;
import org.precis.survival.data.SurvivalTable;
import org.precis.survival.data.TestData;

/** One model written by make_reference.R: its data, design, ties and R's results. */
record ReferenceCase(String name, JsonNode json, SurvivalTable table, CoxDesign design, Ties ties) {

    static ReferenceCase load(String name) {
        JsonNode json;
        try (InputStream in = ReferenceCase.class.getResourceAsStream("/reference/cox/" + name + ".json")) {
            if (in == null) {
                throw new IllegalStateException("no reference " + name);
            }
            json = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String csv = json.get("csv").asText();
        SurvivalTable table = csv.startsWith("samples:")
                ? TestData.clinical(csv.substring("samples:".length()))
                : TestData.coxFixture(csv.substring("fixture:".length()));
        JsonNode d = json.get("design");
        DesignSpec.Builder b = CoxDesign.builder().time(d.get("time").asText());
        if (d.has("start")) {
            b.start(d.get("start").asText());
        }
        if (d.has("event_value")) {
            b.event(d.get("event").asText(), d.get("event_value").asDouble());
        } else {
            b.event(d.get("event").asText());
        }
        d.get("covariates").forEach(c -> b.covariates(c.asText()));
        if (d.has("strata")) {
            b.strata(d.get("strata").asText());
        }
        if (d.has("cluster")) {
            b.cluster(d.get("cluster").asText());
        }
        if (d.has("weights")) {
            b.weights(d.get("weights").asText());
        }
        if (d.has("reference")) {
            d.get("reference")
                    .fields()
                    .forEachRemaining(e -> b.reference(e.getKey(), e.getValue().asText()));
        }
        Ties ties = json.get("ties").asText().equals("breslow") ? Ties.BRESLOW : Ties.EFRON;
        return new ReferenceCase(name, json, table, b.on(table), ties);
    }

    double[] numbers(String field) {
        JsonNode a = json.get(field);
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = number(a.get(i));
        }
        return out;
    }

    /** Infinities arrive as the strings "Infinity" / "-Infinity". */
    static double number(JsonNode n) {
        return n.isTextual() ? Double.parseDouble(n.asText()) : n.asDouble();
    }

    boolean has(String field) {
        return json.has(field) && !json.get(field).isNull();
    }

    Map<String, Object> newdata() {
        Map<String, Object> out = new LinkedHashMap<>();
        json.get("newdata")
                .fields()
                .forEachRemaining(e -> out.put(
                        e.getKey(),
                        e.getValue().isNumber()
                                ? (Object) e.getValue().asDouble()
                                : e.getValue().asText()));
        return out;
    }
}
