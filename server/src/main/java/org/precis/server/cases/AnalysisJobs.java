package org.precis.server.cases;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The analyses a pathologist starts from the viewer, run one at a time beside the server's request
 * threads (a whole-slide analysis takes a minute, a request must not wait for it): at most {@link
 * #MAX_WAITING} queued or running, the last {@link #KEPT} remembered for their status.
 */
final class AnalysisJobs implements AutoCloseable {
    static final int MAX_WAITING = 4;
    static final int KEPT = 100;

    /** What a job does: records its analysis and returns its id. */
    @FunctionalInterface
    interface Work {
        long run() throws Exception;
    }

    private final ExecutorService runner = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "precis-analysis");
        thread.setDaemon(true);
        return thread;
    });
    private long lastId;
    private final Map<Long, AnalysisJob> jobs = new LinkedHashMap<>();

    /**
     * Queues {@code work}; {@code finished} hears the job once it is done or failed.
     *
     * @return the queued job, or empty when {@link #MAX_WAITING} are already queued or running
     */
    synchronized Optional<AnalysisJob> submit(AnalysisJob.Request request, Work work, Consumer<AnalysisJob> finished) {
        long waiting = jobs.values().stream().filter(job -> !job.finished()).count();
        if (waiting >= MAX_WAITING) {
            return Optional.empty();
        }
        AnalysisJob job = new AnalysisJob(++lastId, request);
        jobs.put(job.id(), job);
        while (jobs.size() > KEPT) {
            Long oldest = jobs.keySet().iterator().next();
            if (!jobs.get(oldest).finished()) {
                break;
            }
            jobs.remove(oldest);
        }
        runner.execute(() -> {
            job.started();
            try {
                job.done(work.run());
            } catch (Exception | LinkageError e) {
                job.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
            finished.accept(job);
        });
        return Optional.of(job);
    }

    synchronized Optional<AnalysisJob> find(long id) {
        return Optional.ofNullable(jobs.get(id));
    }

    @Override
    public void close() {
        runner.shutdownNow();
        try {
            runner.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
