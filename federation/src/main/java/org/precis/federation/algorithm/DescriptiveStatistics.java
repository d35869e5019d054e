package org.precis.federation.algorithm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.precis.io.json.JsonMappers;
import org.precis.survival.data.Column;
import org.precis.survival.data.SurvivalTable;

/**
 * {@code descriptive}: counts by category, means and standard deviations across sites. Round 0
 * sums, per numeric column, the present values' count and sum, and per categorical column the
 * count of each level and of missing cells; round 1 sums the squared deviations from the pooled
 * means (not raw squares, whose difference would lose digits), so the SD is R's {@code sd} of the
 * pooled values. Parameters: {@code numeric} (columns) and/or {@code categorical} (column to its
 * levels; a value outside them fails at the site, naming it).
 *
 * <p>Disclosure: a site refuses the study rather than release any non-zero count below its
 * minimum cell count (a level's, the missing cells', a numeric column's present values, which
 * the mean and SD are built from); every released pooled count is then at least that too.
 */
public final class DescriptiveStatistics implements FederatedAlgorithm {
    public static final String NAME = "descriptive";
    private static final ObjectMapper JSON = JsonMappers.compact();

    private record Study(List<String> numeric, Map<String, List<String>> categorical) {
        int countsLength() {
            int length = 1 + 2 * numeric.size();
            for (List<String> levels : categorical.values()) {
                length += levels.size() + 1;
            }
            return length;
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    private static Study read(JsonNode parameters) {
        ParameterReader p = new ParameterReader(NAME, parameters).allowOnly("numeric", "categorical");
        List<String> numeric = p.optionalTexts("numeric").orElse(List.of());
        Map<String, List<String>> categorical = p.textLists("categorical");
        if (numeric.isEmpty() && categorical.isEmpty()) {
            throw new IllegalArgumentException(
                    NAME + ": give 'numeric' columns, 'categorical' columns with their levels," + " or both");
        }
        return new Study(numeric, categorical);
    }

    @Override
    public RoundRequest start(StudyParameters parameters) {
        Study study = read(parameters.parameters());
        ObjectNode params = JSON.createObjectNode();
        params.set("study", parameters.parameters().deepCopy());
        return new RoundRequest(parameters.studyId(), 0, NAME, params, study.countsLength());
    }

    @Override
    public LocalAggregate compute(RoundRequest request, SurvivalTable table, DisclosureRules rules) {
        Study study = read(request.parameters().get("study"));
        JsonNode means = request.parameters().get("means");
        double[] out = means == null
                ? counts(study, table, rules)
                : squares(
                        study,
                        table,
                        ParameterReader.numbers(
                                request.parameters(), "means", study.numeric().size()));
        if (out.length != request.vectorLength()) {
            throw new IllegalArgumentException(NAME + ": round asks for " + request.vectorLength()
                    + " values but its parameters make " + out.length);
        }
        return new LocalAggregate(out);
    }

    private static double[] counts(Study study, SurvivalTable table, DisclosureRules rules) {
        double[] out = new double[study.countsLength()];
        out[0] = table.rowCount();
        require(table.rowCount(), "rows", rules);
        int at = 1;
        for (String name : study.numeric()) {
            Column c = SiteRows.numeric(table, name);
            for (int r = 0; r < table.rowCount(); r++) {
                if (!c.isMissing(r)) {
                    out[at] += 1;
                    out[at + 1] += c.number(r).getAsDouble();
                }
            }
            require(out[at], "present values of '" + name + "'", rules);
            at += 2;
        }
        for (Map.Entry<String, List<String>> e : study.categorical().entrySet()) {
            Column c = SiteRows.column(table, e.getKey());
            List<String> levels = e.getValue();
            for (int r = 0; r < table.rowCount(); r++) {
                if (c.isMissing(r)) {
                    out[at + levels.size()] += 1;
                    continue;
                }
                String value = c.text(r).get();
                int level = levels.indexOf(value);
                if (level < 0) {
                    throw new IllegalArgumentException(NAME + ": site table column '" + e.getKey() + "' row " + (r + 1)
                            + " holds '" + value + "', not one of the study's levels " + levels);
                }
                out[at + level] += 1;
            }
            for (int k = 0; k < levels.size(); k++) {
                require(out[at + k], "'" + e.getKey() + "' = '" + levels.get(k) + "'", rules);
            }
            require(out[at + levels.size()], "missing '" + e.getKey() + "'", rules);
            at += levels.size() + 1;
        }
        return out;
    }

    private static void require(double count, String what, DisclosureRules rules) {
        if (count > 0 && count < rules.minimumCellCount()) {
            throw new DisclosureException(NAME + ": the count of " + what
                    + " at this site is below its minimum cell count (" + rules.minimumCellCount() + ")");
        }
    }

    private static double[] squares(Study study, SurvivalTable table, double[] means) {
        double[] out = new double[study.numeric().size()];
        for (int k = 0; k < out.length; k++) {
            Column c = SiteRows.numeric(table, study.numeric().get(k));
            for (int r = 0; r < table.rowCount(); r++) {
                if (!c.isMissing(r)) {
                    double d = c.number(r).getAsDouble() - means[k];
                    out[k] += d * d;
                }
            }
        }
        return out;
    }

    @Override
    public RoundOutcome aggregate(RoundRequest request, SecureSum sum) {
        Study study = read(request.parameters().get("study"));
        double[] s = sum.values();
        if (s.length != request.vectorLength()) {
            return new RoundOutcome.Failed(
                    "the sum has " + s.length + " values, the round asked for " + request.vectorLength());
        }
        Optional<String> changed = RoundSites.changed(request.parameters(), sum.sites());
        if (changed.isPresent()) {
            return new RoundOutcome.Failed(NAME + ": " + changed.get());
        }
        if (request.parameters().get("means") == null) {
            ObjectNode next = ((ObjectNode) request.parameters()).deepCopy();
            RoundSites.record(next, sum.sites());
            double[] means = new double[study.numeric().size()];
            for (int k = 0; k < means.length; k++) {
                means[k] = s[1 + 2 * k] > 0 ? s[2 + 2 * k] / s[1 + 2 * k] : Double.NaN;
            }
            next.set("counts", CoxNewton.array(s));
            if (means.length == 0) {
                return new RoundOutcome.Finished(result(study, s, new double[0], sum.sites()));
            }
            ArrayNode m = next.putArray("means");
            for (double v : means) {
                m.add(Double.isNaN(v) ? 0 : v);
            }
            return new RoundOutcome.NextRound(
                    new RoundRequest(request.studyId(), request.round() + 1, NAME, next, means.length));
        }
        double[] counts = ParameterReader.numbers(request.parameters(), "counts", study.countsLength());
        return new RoundOutcome.Finished(result(study, counts, s, sum.sites()));
    }

    private static JsonNode result(Study study, double[] counts, double[] squares, List<String> sites) {
        ObjectNode out = JSON.createObjectNode();
        out.put("n", (long) counts[0]);
        ArrayNode numeric = out.putArray("numeric");
        int at = 1;
        for (int k = 0; k < study.numeric().size(); k++, at += 2) {
            ObjectNode row = numeric.addObject();
            double n = counts[at];
            row.put("column", study.numeric().get(k));
            row.put("n", (long) n);
            if (n > 0) {
                row.put("mean", counts[at + 1] / n);
            } else {
                row.putNull("mean");
            }
            if (n > 1) {
                row.put("sd", Math.sqrt(squares[k] / (n - 1)));
            } else {
                row.putNull("sd");
            }
        }
        ArrayNode categorical = out.putArray("categorical");
        for (Map.Entry<String, List<String>> e : study.categorical().entrySet()) {
            ObjectNode row = categorical.addObject();
            row.put("column", e.getKey());
            ArrayNode levels = row.putArray("levels");
            for (String level : e.getValue()) {
                levels.addObject().put("level", level).put("n", (long) counts[at++]);
            }
            row.put("missing", (long) counts[at++]);
        }
        out.set("sites", JSON.valueToTree(sites));
        return out;
    }
}
