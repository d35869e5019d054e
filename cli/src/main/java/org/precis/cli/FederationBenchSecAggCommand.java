package org.precis.cli;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.precis.federation.secagg.AdvertiseKeys;
import org.precis.federation.secagg.EncryptedShare;
import org.precis.federation.secagg.MaskedInput;
import org.precis.federation.secagg.Roster;
import org.precis.federation.secagg.SecAggClient;
import org.precis.federation.secagg.SecAggConfig;
import org.precis.federation.secagg.SecAggServer;
import org.precis.federation.secagg.ShareKeys;
import org.precis.federation.secagg.UnmaskingRequest;
import org.precis.federation.secagg.UnmaskingResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code precis federation bench-secagg}: one round of secure aggregation simulated in process
 * (clients one after another, every message through its bytes), timed per phase, against the
 * plain element-wise sum of the same vectors in the same run.
 */
@Command(name = "bench-secagg", mixinStandardHelpOptions = true, description = "Time secure aggregation of vectors "
        + "(in-process simulation) per phase, bytes per client, against the plain sum of the same vectors.")
final class FederationBenchSecAggCommand implements Callable<Integer> {

    @Option(names = "--length", defaultValue = "1000000", description = "Values per vector (default ${DEFAULT-VALUE}).")
    int length;

    @Option(names = "--sites", split = ",", defaultValue = "3,10", description = "Site counts to run (default ${DEFAULT-VALUE}).")
    List<Integer> siteCounts;

    @Option(names = "--rounds", defaultValue = "2", description = "Timed rounds per site count, after one warm-up; "
            + "figures are from the fastest (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the vectors (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    /** One phase: time in all clients together, the slowest client, the server; bytes per client. */
    record Phase(String name, double clientsMs, double slowestClientMs, double serverMs, long bytesUpPerClient,
            long bytesDownPerClient) {
    }

    record Run(int sites, int threshold, int length, List<Phase> phases, double secureTotalMs, double criticalPathMs,
            double plainSumMs, double secureVsPlain, long secureBytesPerClient, long plainBytesPerClient,
            double maxRelativeError) {
    }

    @Override
    public Integer call() throws Exception {
        if (length < 1 || length > SecAggConfig.MAX_VECTOR_LENGTH || rounds < 1) {
            throw new IllegalArgumentException("--length must be in 1.." + SecAggConfig.MAX_VECTOR_LENGTH + " and --rounds at least 1");
        }
        List<Run> runs = new ArrayList<>();
        for (int sites : siteCounts) {
            if (sites < 2) {
                throw new IllegalArgumentException("--sites needs at least 2 sites, got " + sites);
            }
            List<double[]> vectors = vectors(sites);
            run(sites, vectors);
            Run best = null;
            for (int i = 0; i < rounds; i++) {
                Run run = run(sites, vectors);
                best = best == null || run.secureTotalMs() < best.secureTotalMs() ? run : best;
            }
            runs.add(best);
        }
        print(runs);
        return 0;
    }

    private List<double[]> vectors(int sites) {
        Random random = new Random(seed);
        List<double[]> vectors = new ArrayList<>();
        for (int s = 0; s < sites; s++) {
            double[] vector = new double[length];
            for (int i = 0; i < length; i++) {
                // Cox-like magnitudes, 1e-6 to 1e9, both signs.
                vector[i] = (random.nextBoolean() ? 1 : -1) * Math.pow(10, -6 + 15 * random.nextDouble());
            }
            vectors.add(vector);
        }
        return vectors;
    }

    private Run run(int sites, List<double[]> vectors) {
        int threshold = sites / 2 + 1;
        SecAggConfig config = SecAggConfig.of(threshold, length, "bench/" + sites);
        SecureRandom random = new SecureRandom();
        Map<String, SecAggClient> clients = new LinkedHashMap<>();
        for (int s = 0; s < sites; s++) {
            String id = String.format("site-%02d", s);
            clients.put(id, new SecAggClient(id, config, random));
        }
        SecAggServer server = new SecAggServer(config, clients.keySet());
        List<Phase> phases = new ArrayList<>();
        Timer timer = new Timer();

        List<AdvertiseKeys> advertised = new ArrayList<>();
        long up = 0;
        for (SecAggClient client : clients.values()) {
            byte[] bytes = timer.client(client::advertiseKeys).toBytes();
            up += bytes.length;
            advertised.add(timer.server(() -> AdvertiseKeys.fromBytes(bytes)));
        }
        byte[] rosterBytes = timer.server(() -> server.roster(advertised).toBytes());
        phases.add(timer.phase("advertise keys", up / sites, rosterBytes.length));
        Roster roster = timer.client(() -> Roster.fromBytes(rosterBytes));

        List<ShareKeys> shareKeys = new ArrayList<>();
        up = 0;
        for (SecAggClient client : clients.values()) {
            byte[] bytes = timer.client(() -> client.shareKeys(roster).toBytes());
            up += bytes.length;
            shareKeys.add(timer.server(() -> ShareKeys.fromBytes(bytes)));
        }
        Map<String, byte[]> inboxes = new LinkedHashMap<>();
        timer.server(() -> {
            server.route(shareKeys).forEach((id, shares) -> inboxes.put(id, EncryptedShare.listToBytes(shares)));
            return null;
        });
        long down = inboxes.values().stream().mapToLong(bytes -> bytes.length).sum();
        phases.add(timer.phase("share keys", up / sites, down / sites));

        List<MaskedInput> inputs = new ArrayList<>();
        up = 0;
        int s = 0;
        for (SecAggClient client : clients.values()) {
            double[] vector = vectors.get(s++);
            byte[] bytes = timer.client(() -> client.maskedInput(EncryptedShare.listFromBytes(inboxes.get(client.clientId())), vector).toBytes());
            up += bytes.length;
            inputs.add(timer.server(() -> MaskedInput.fromBytes(bytes)));
        }
        byte[] requestBytes = timer.server(() -> server.unmaskingRequest(inputs).toBytes());
        phases.add(timer.phase("masked input", up / sites, requestBytes.length));
        inputs.clear();

        UnmaskingRequest request = timer.client(() -> UnmaskingRequest.fromBytes(requestBytes));
        List<UnmaskingResponse> responses = new ArrayList<>();
        up = 0;
        for (SecAggClient client : clients.values()) {
            byte[] bytes = timer.client(() -> client.unmask(request).toBytes());
            up += bytes.length;
            responses.add(timer.server(() -> UnmaskingResponse.fromBytes(bytes)));
        }
        double[] secureSum = timer.server(() -> server.sum(responses));
        phases.add(timer.phase("unmask and sum", up / sites, 0));

        long start = System.nanoTime();
        double[] plainSum = new double[length];
        for (double[] vector : vectors) {
            for (int i = 0; i < length; i++) {
                plainSum[i] += vector[i];
            }
        }
        double plainMs = (System.nanoTime() - start) / 1e6;
        // Against a compensated sum: the plain double sum itself loses digits where values cancel.
        double maxRelative = 0;
        for (int i = 0; i < length; i++) {
            double exact = compensatedSum(vectors, i);
            maxRelative = Math.max(maxRelative, Math.abs(secureSum[i] - exact) / Math.max(Math.abs(exact), 1e-300));
        }
        double total = phases.stream().mapToDouble(p -> p.clientsMs() + p.serverMs()).sum();
        double critical = phases.stream().mapToDouble(p -> p.slowestClientMs() + p.serverMs()).sum();
        long secureBytes = phases.stream().mapToLong(p -> p.bytesUpPerClient() + p.bytesDownPerClient()).sum();
        return new Run(sites, threshold, length, phases, total, critical, plainMs, total / plainMs, secureBytes, 8L * length,
                maxRelative);
    }

    /** Neumaier's compensated sum of element i over the vectors: exact to the last bit for a few terms. */
    private static double compensatedSum(List<double[]> vectors, int i) {
        double sum = 0;
        double compensation = 0;
        for (double[] vector : vectors) {
            double value = vector[i];
            double next = sum + value;
            compensation += Math.abs(sum) >= Math.abs(value) ? (sum - next) + value : (value - next) + sum;
            sum = next;
        }
        return sum + compensation;
    }

    /** Accumulates client and server time of the phase in progress. */
    private static final class Timer {
        private double clientsMs;
        private double slowestMs;
        private double serverMs;

        <T> T client(java.util.function.Supplier<T> work) {
            long start = System.nanoTime();
            T result = work.get();
            double ms = (System.nanoTime() - start) / 1e6;
            clientsMs += ms;
            slowestMs = Math.max(slowestMs, ms);
            return result;
        }

        <T> T server(java.util.function.Supplier<T> work) {
            long start = System.nanoTime();
            T result = work.get();
            serverMs += (System.nanoTime() - start) / 1e6;
            return result;
        }

        Phase phase(String name, long upPerClient, long downPerClient) {
            Phase phase = new Phase(name, clientsMs, slowestMs, serverMs, upPerClient, downPerClient);
            clientsMs = 0;
            slowestMs = 0;
            serverMs = 0;
            return phase;
        }
    }

    private void print(List<Run> runs) {
        var out = spec.commandLine().getOut();
        if (json) {
            new JsonPrinter().print(out, Map.of("runs", runs));
            return;
        }
        for (Run run : runs) {
            out.printf("secure aggregation of %d sites x %d values (threshold %d), in-process, fastest of %d round(s):%n",
                    run.sites(), run.length(), run.threshold(), rounds);
            out.printf("  %-16s %12s %14s %10s %14s %14s%n", "phase", "clients ms", "slowest ms", "server ms", "up B/client", "down B/client");
            for (Phase phase : run.phases()) {
                out.printf("  %-16s %12.1f %14.1f %10.1f %14d %14d%n", phase.name(), phase.clientsMs(), phase.slowestClientMs(),
                        phase.serverMs(), phase.bytesUpPerClient(), phase.bytesDownPerClient());
            }
            out.printf("  total %.1f ms (critical path with clients in parallel %.1f ms); plain sum %.2f ms: secure is %.0fx the plain sum%n",
                    run.secureTotalMs(), run.criticalPathMs(), run.plainSumMs(), run.secureVsPlain());
            out.printf("  bytes per client %d vs %d plain (%.2fx); max relative error against the compensated sum %.2e%n",
                    run.secureBytesPerClient(), run.plainBytesPerClient(), (double) run.secureBytesPerClient() / run.plainBytesPerClient(),
                    run.maxRelativeError());
        }
        out.flush();
    }
}
