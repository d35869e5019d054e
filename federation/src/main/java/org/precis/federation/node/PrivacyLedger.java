package org.precis.federation.node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.precis.federation.algorithm.DisclosureException;
import org.precis.federation.algorithm.PrivacyBudget;
import org.precis.federation.privacy.PrivacySpent;
import org.precis.federation.privacy.RdpCurve;
import org.precis.io.file.AtomicFile;
import org.precis.io.json.JsonMappers;
import org.precis.io.json.JsonNumbers;

/**
 * A site's privacy ledger: for each data set (by SHA-256) the Rényi DP of every release made from
 * it, composed (added order by order) and kept with its orders, with the list of releases, in a
 * JSON file that is rewritten whole (temporary file, then an atomic move) before each release
 * leaves. A release that would take the data set past the policy's maximum epsilon is refused and
 * not recorded. A site that restarts keeps what it spent; a ledger written before the orders were
 * kept is read over the accountant's default orders, the only ones it used.
 */
public final class PrivacyLedger implements PrivacyBudget {
    private final Path file;
    private final OptionalDouble maxEpsilon;
    private final Clock clock;
    private final ObjectMapper json = JsonMappers.indented();
    private final ObjectNode root;

    private PrivacyLedger(Path file, OptionalDouble maxEpsilon, Clock clock, ObjectNode root) {
        this.file = file;
        this.maxEpsilon = maxEpsilon;
        this.clock = clock;
        this.root = root;
    }

    /** The ledger in {@code file} (a new one when the file does not exist). */
    public static PrivacyLedger open(Path file, OptionalDouble maxEpsilon, Clock clock) throws IOException {
        ObjectNode root = JsonMappers.compact().createObjectNode();
        if (Files.exists(file)) {
            JsonNode read;
            try {
                read = JsonMappers.compact().readTree(Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IOException(
                        file + ": not a privacy ledger ("
                                + e.getMessage().lines().findFirst().orElse("") + ")",
                        e);
            }
            if (read == null || !read.isObject() || !read.path("datasets").isObject()) {
                throw new IOException(file + ": not a privacy ledger (no 'datasets' mapping)");
            }
            for (var dataset : read.get("datasets").properties()) {
                try {
                    curve(dataset.getValue());
                } catch (IllegalArgumentException e) {
                    throw new IOException(
                            file + ": not a privacy ledger (data set " + dataset.getKey() + ": " + e.getMessage() + ")",
                            e);
                }
            }
            root = (ObjectNode) read;
        } else {
            root.putObject("datasets");
        }
        return new PrivacyLedger(file, maxEpsilon, clock, root);
    }

    @Override
    public OptionalDouble maxEpsilon() {
        return maxEpsilon;
    }

    /**
     * What {@code dataset} has spent, in Rényi DP over the orders it was charged at; zero over the
     * accountant's default orders before its first release.
     */
    public synchronized RdpCurve spent(String dataset) {
        return recorded(dataset).orElseGet(() -> RdpCurve.zero(RdpCurve.defaultOrders()));
    }

    /** {@code cost} on top of what {@code dataset} has spent. */
    private RdpCurve after(String dataset, RdpCurve cost) {
        return recorded(dataset).map(spent -> spent.plus(cost)).orElse(cost);
    }

    private Optional<RdpCurve> recorded(String dataset) {
        return Optional.ofNullable(root.get("datasets").get(dataset)).map(PrivacyLedger::curve);
    }

    /** The entry's curve: its values at its orders, or at the default orders when it has none (older ledgers). */
    private static RdpCurve curve(JsonNode entry) {
        double[] orders = entry.has("rdp_orders")
                ? JsonNumbers.array(entry.get("rdp_orders"), "rdp_orders")
                : RdpCurve.defaultOrders();
        return new RdpCurve(orders, JsonNumbers.array(entry.get("rdp"), "rdp"));
    }

    /** The epsilon {@code dataset} has spent at {@code delta}: 0 before its first release. */
    public synchronized double spentEpsilon(String dataset, double delta) {
        return root.get("datasets").has(dataset) ? spent(dataset).epsilon(delta).epsilon() : 0;
    }

    @Override
    public synchronized void checkPlanned(String dataset, String study, RdpCurve planned, double delta) {
        if (maxEpsilon.isEmpty()) {
            return;
        }
        double spent = spentEpsilon(dataset, delta);
        PrivacySpent total = after(dataset, planned).epsilon(delta);
        if (total.epsilon() > maxEpsilon.getAsDouble()) {
            throw new DisclosureException(String.format(
                    Locale.ROOT,
                    "privacy budget: study %s would spend epsilon %.3f on this site's patches (delta %.0e), %.3f"
                            + " spent before; the policy allows %.3f",
                    study,
                    planned.epsilon(delta).epsilon(),
                    delta,
                    spent,
                    maxEpsilon.getAsDouble()));
        }
    }

    @Override
    public synchronized void charge(String dataset, String release, RdpCurve cost, double delta) {
        RdpCurve total = after(dataset, cost);
        PrivacySpent after = total.epsilon(delta);
        if (maxEpsilon.isPresent() && after.epsilon() > maxEpsilon.getAsDouble()) {
            throw new DisclosureException(String.format(
                    Locale.ROOT,
                    "privacy budget spent: %s would take this site's patches to epsilon %.3f (delta %.0e), past the"
                            + " policy's %.3f; nothing released",
                    release,
                    after.epsilon(),
                    delta,
                    maxEpsilon.getAsDouble()));
        }
        ObjectNode datasets = (ObjectNode) root.get("datasets");
        ObjectNode entry = datasets.has(dataset) ? (ObjectNode) datasets.get(dataset) : datasets.putObject(dataset);
        ArrayNode orders = entry.putArray("rdp_orders");
        for (double order : total.orders()) {
            orders.add(order);
        }
        ArrayNode rdp = entry.putArray("rdp");
        for (double v : total.values()) {
            rdp.add(v);
        }
        entry.put("epsilon", after.epsilon()).put("delta", delta);
        entry.withArray("releases")
                .addObject()
                .put("release", release)
                .put("epsilon_after", after.epsilon())
                .put("delta", delta)
                .put("at", clock.instant().toString());
        write();
    }

    private void write() {
        try {
            AtomicFile.writeString(file, json.writeValueAsString(root));
        } catch (IOException e) {
            throw new DisclosureException(file + ": cannot record the release in the privacy ledger (" + e.getMessage()
                    + "); nothing released");
        }
    }
}
