package org.precis.server.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The client side of bench/deepzoom-server.sh: requests a list of Deep Zoom tile paths from a
 * running server with N concurrent clients (each a thread with its own connection pool), every
 * path once, and prints tiles/s and the latency percentiles as one JSON line. A non-200 answer
 * fails the run.
 *
 * <p>Usage: {@code TileLoad BASE_URL TOKEN TILE_LIST CLIENTS [WARM_LIST]}: the paths of WARM_LIST
 * are requested first, untimed, by the same clients (a client and server that have run a while)
 */
public final class TileLoad {
    private TileLoad() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 4 && args.length != 5) {
            System.err.println("usage: TileLoad BASE_URL TOKEN TILE_LIST CLIENTS [WARM_LIST]");
            System.exit(2);
        }
        String base = args[0];
        String token = args[1];
        List<String> paths = lines(Path.of(args[2]));
        int clients = Integer.parseInt(args[3]);
        if (args.length == 5) {
            fetch(base, token, lines(Path.of(args[4])), clients);
        }
        Fetched run = fetch(base, token, paths, clients);
        long[] nanos = run.nanos();
        double seconds = run.seconds();
        long totalBytes = run.bytes();
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(
                Locale.ROOT,
                "{\"tiles\": %d, \"clients\": %d, \"seconds\": %.3f, \"tiles_per_second\": %.1f, "
                        + "\"p50_ms\": %.2f, \"p95_ms\": %.2f, \"mean_bytes\": %d}%n",
                paths.size(),
                clients,
                seconds,
                paths.size() / seconds,
                percentile(sorted, 0.50) / 1e6,
                percentile(sorted, 0.95) / 1e6,
                totalBytes / Math.max(1, paths.size()));
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(line -> !line.isBlank()).toList();
    }

    /** One pass over the paths: each request's time, the wall time and the bytes received. */
    private record Fetched(long[] nanos, double seconds, long bytes) {}

    private static Fetched fetch(String base, String token, List<String> paths, int clients) throws Exception {
        long[] nanos = new long[paths.size()];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<Long>> bytes = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            bytes.add(pool.submit(() -> {
                HttpClient http = HttpClient.newBuilder()
                        .connectTimeout(Duration.ofSeconds(10))
                        .build();
                long total = 0;
                for (int i = next.getAndIncrement(); i < paths.size(); i = next.getAndIncrement()) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + paths.get(i)))
                            .header("Authorization", "Bearer " + token)
                            .build();
                    long t0 = System.nanoTime();
                    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    nanos[i] = System.nanoTime() - t0;
                    if (response.statusCode() != 200) {
                        throw new IOException(paths.get(i) + ": HTTP " + response.statusCode());
                    }
                    total += response.body().length;
                }
                return total;
            }));
        }
        long totalBytes = 0;
        try {
            for (Future<Long> f : bytes) {
                totalBytes += f.get();
            }
        } finally {
            pool.shutdown();
        }
        return new Fetched(nanos, (System.nanoTime() - start) / 1e9, totalBytes);
    }

    private static double percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
