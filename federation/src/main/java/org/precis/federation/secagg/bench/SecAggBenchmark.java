package org.precis.federation.secagg.bench;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
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

/**
 * Times secure aggregation of {@code length} values per site: for each site count, one untimed
 * warm-up round and {@code rounds} timed ones, keeping the fastest (by total time).
 *
 * @param length values per vector
 * @param rounds timed rounds per site count, at least 1
 * @param seed seed of the vectors (the protocol's own randomness is a {@link SecureRandom})
 */
public record SecAggBenchmark(int length, int rounds, long seed) {

    public SecAggBenchmark {
        if (length < 1 || length > SecAggConfig.MAX_VECTOR_LENGTH || rounds < 1) {
            throw new IllegalArgumentException(
                    "--length must be in 1.." + SecAggConfig.MAX_VECTOR_LENGTH + " and --rounds at least 1");
        }
    }

    /** The fastest round of each site count, in the order given. */
    public List<SecAggRun> run(List<Integer> siteCounts) {
        for (int sites : siteCounts) {
            if (sites < 2) {
                throw new IllegalArgumentException("--sites needs at least 2 sites, got " + sites);
            }
        }
        List<SecAggRun> runs = new ArrayList<>();
        for (int sites : siteCounts) {
            List<double[]> vectors = vectors(sites);
            round(sites, vectors);
            SecAggRun best = null;
            for (int i = 0; i < rounds; i++) {
                SecAggRun run = round(sites, vectors);
                best = best == null || run.secureTotalMs() < best.secureTotalMs() ? run : best;
            }
            runs.add(best);
        }
        return runs;
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

    private SecAggRun round(int sites, List<double[]> vectors) {
        int threshold = sites / 2 + 1;
        SecAggConfig config = SecAggConfig.of(threshold, length, "bench/" + sites);
        SecureRandom random = new SecureRandom();
        Map<String, SecAggClient> clients = new LinkedHashMap<>();
        for (int s = 0; s < sites; s++) {
            String id = String.format("site-%02d", s);
            clients.put(id, new SecAggClient(id, config, random));
        }
        SecAggServer server = new SecAggServer(config, clients.keySet());
        List<SecAggPhase> phases = new ArrayList<>();
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
            byte[] bytes = timer.client(
                    () -> client.maskedInput(EncryptedShare.listFromBytes(inboxes.get(client.clientId())), vector)
                            .toBytes());
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
        double total =
                phases.stream().mapToDouble(p -> p.clientsMs() + p.serverMs()).sum();
        double critical = phases.stream()
                .mapToDouble(p -> p.slowestClientMs() + p.serverMs())
                .sum();
        long secureBytes = phases.stream()
                .mapToLong(p -> p.bytesUpPerClient() + p.bytesDownPerClient())
                .sum();
        return new SecAggRun(
                sites,
                threshold,
                length,
                phases,
                total,
                critical,
                plainMs,
                total / plainMs,
                secureBytes,
                8L * length,
                maxRelative);
    }

    /** Neumaier's compensated sum of element i over the vectors: exact to the last bit for a few terms. */
    static double compensatedSum(List<double[]> vectors, int i) {
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

        <T> T client(Supplier<T> work) {
            long start = System.nanoTime();
            T result = work.get();
            double ms = (System.nanoTime() - start) / 1e6;
            clientsMs += ms;
            slowestMs = Math.max(slowestMs, ms);
            return result;
        }

        <T> T server(Supplier<T> work) {
            long start = System.nanoTime();
            T result = work.get();
            serverMs += (System.nanoTime() - start) / 1e6;
            return result;
        }

        SecAggPhase phase(String name, long upPerClient, long downPerClient) {
            SecAggPhase phase = new SecAggPhase(name, clientsMs, slowestMs, serverMs, upPerClient, downPerClient);
            clientsMs = 0;
            slowestMs = 0;
            serverMs = 0;
            return phase;
        }
    }
}
