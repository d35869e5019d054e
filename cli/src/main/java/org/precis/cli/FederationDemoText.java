package org.precis.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;
import org.precis.demo.federation.DemoReport;
import org.precis.demo.federation.StudyReport;

/** The federation demo's report as text: each study's key numbers, federated beside pooled. */
final class FederationDemoText {

    private final PrintWriter out;

    FederationDemoText(PrintWriter out) {
        this.out = out;
    }

    void print(DemoReport report) {
        for (StudyReport study : report.studies()) {
            out.printf(
                    "%s (%s over %s): %d rounds, %d ms (pooled on one machine %.1f ms, ratio %.0f)%n",
                    study.name(),
                    study.algorithm(),
                    String.join(", ", study.sites()),
                    study.rounds(),
                    study.wallMillis(),
                    study.pooledMillis(),
                    study.wallMillis() / Math.max(study.pooledMillis(), 1e-3));
            JsonNode federated = study.federated();
            JsonNode pooled = study.pooled();
            if (pooled.has("terms")) {
                out.printf("  %-16s %22s %22s%n", "coefficient", "federated", "pooled");
                for (int i = 0; i < pooled.get("terms").size(); i++) {
                    JsonNode term = pooled.get("terms").get(i);
                    out.printf(
                            "  %-16s %22.15g %22.15g%n",
                            term.get("name").asText(),
                            federated.get("terms").get(i).get("coef").asDouble(),
                            term.get("coef").asDouble());
                }
                out.printf(
                        "  %-16s %22.15g %22.15g%n",
                        "log-likelihood",
                        federated.get("loglik").get("final").asDouble(),
                        pooled.get("loglik").get("final").asDouble());
            } else if (pooled.has("chisq")) {
                out.printf("  %-16s %22s %22s%n", "", "federated", "pooled");
                out.printf(
                        "  %-16s %22.15g %22.15g%n",
                        "chi-square",
                        federated.get("chisq").asDouble(),
                        pooled.get("chisq").asDouble());
                out.printf(
                        "  %-16s %22.15g %22.15g%n",
                        "p", federated.get("p").asDouble(), pooled.get("p").asDouble());
            } else if (pooled.has("groups")) {
                out.printf("  %-16s %22s %22s%n", "median (days)", "federated", "pooled");
                for (int i = 0; i < pooled.get("groups").size(); i++) {
                    JsonNode group = pooled.get("groups").get(i);
                    out.printf(
                            "  %-16s %22s %22s%n",
                            "hormon=" + group.get("group").asText(),
                            federated.get("groups").get(i).get("median").asText(),
                            group.get("median").asText());
                }
            }
            out.printf(
                    "  largest relative difference %.3g%s%n",
                    study.maxRelativeDifference(),
                    study.largestDifferenceAt().isEmpty() ? "" : " (at " + study.largestDifferenceAt() + ")");
            StringBuilder bytes = new StringBuilder();
            for (Map.Entry<String, Long> site : new TreeMap<>(study.bytesSent()).entrySet()) {
                bytes.append(bytes.length() == 0 ? "" : ", ")
                        .append(site.getKey())
                        .append(' ')
                        .append(site.getValue())
                        .append(" B in ")
                        .append(study.messagesSent().get(site.getKey()))
                        .append(" messages");
            }
            out.printf("  bytes sent: %s%n", bytes);
        }
        out.printf("the federation demo took %d ms%n", report.wallMillis());
    }
}
