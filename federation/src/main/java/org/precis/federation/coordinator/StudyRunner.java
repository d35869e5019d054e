package org.precis.federation.coordinator;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.precis.federation.algorithm.FederatedAlgorithm;
import org.precis.federation.algorithm.RoundOutcome;
import org.precis.federation.algorithm.RoundRequest;
import org.precis.federation.algorithm.SecureSum;
import org.precis.federation.study.AlgorithmCatalog;
import org.precis.federation.study.StudySpec;

/**
 * Runs one study from its persisted state to its end: each round's request and attempt number are
 * saved before the round is sent, each aggregated round is saved before the next starts, so a
 * coordinator killed at any point resumes at the round it was on and never repeats a finished study
 * or a completed round.
 */
final class StudyRunner {
    private static final System.Logger LOG = System.getLogger(StudyRunner.class.getName());

    private final StudyStore store;
    private final AlgorithmCatalog algorithms;
    private final SiteSessions sessions;
    private final SecureRound rounds;
    private final Clock clock;
    private final Duration connectWait;

    StudyRunner(
            StudyStore store,
            AlgorithmCatalog algorithms,
            SiteSessions sessions,
            SecureRound rounds,
            Clock clock,
            Duration connectWait) {
        this.store = store;
        this.algorithms = algorithms;
        this.sessions = sessions;
        this.rounds = rounds;
        this.clock = clock;
        this.connectWait = connectWait;
    }

    /** Runs the study until it finishes or fails; returns early, state saved, if interrupted. */
    void run(String studyId) throws IOException, InterruptedException {
        Optional<StudyRecord> found = store.find(studyId);
        if (found.isEmpty() || found.get().isOver()) {
            return;
        }
        StudyRecord record = found.get();
        StudySpec spec = record.spec();
        long startedMillis = clock.millis();
        long earlierMillis = record.wallMillis();
        Optional<FederatedAlgorithm> algorithm = algorithms.byName(spec.algorithm());
        if (algorithm.isEmpty()) {
            fail(
                    record,
                    "unknown algorithm '" + spec.algorithm() + "'; known are " + algorithms.names(),
                    earlierMillis);
            return;
        }
        RoundRequest request;
        try {
            request = record.current().isPresent()
                    ? record.current().get()
                    : algorithm.get().start(spec.studyParameters());
        } catch (RuntimeException e) {
            fail(record, "cannot start: " + e.getMessage(), earlierMillis);
            return;
        }
        while (true) {
            Set<String> connected = sessions.awaitConnected(Set.copyOf(record.sites()), connectWait);
            long wall = earlierMillis + clock.millis() - startedMillis;
            if (connected.size() < spec.threshold()) {
                fail(
                        record,
                        "round " + request.round() + ": only " + connected.size() + " of the sites " + record.sites()
                                + " are connected (" + connected + "), below the secure-aggregation threshold of "
                                + spec.threshold(),
                        wall);
                return;
            }
            if (!connected.equals(Set.copyOf(record.sites()))) {
                if (record.roundsWithSites() > 0) {
                    LOG.log(
                            System.Logger.Level.WARNING,
                            "study {0}: sites {1} are gone; starting over on {2}",
                            studyId,
                            record.sites(),
                            connected);
                    request = algorithm.get().start(spec.studyParameters());
                }
                record = record.over(List.copyOf(connected), request, wall);
            }
            record = record.attempting(request, record.attempt() + 1, wall);
            store.save(record);
            LOG.log(
                    System.Logger.Level.INFO,
                    "study {0} round {1} attempt {2} to {3}",
                    studyId,
                    request.round(),
                    record.attempt(),
                    connected);
            RoundResult result = rounds.run(spec, request, record.attempt(), connected);
            wall = earlierMillis + clock.millis() - startedMillis;
            if (result instanceof RoundResult.Failed failed) {
                fail(record, failed.reason(), wall);
                return;
            }
            SecureSum sum = ((RoundResult.Summed) result).sum();
            if (!Set.copyOf(sum.sites()).equals(Set.copyOf(record.sites()))) {
                if (record.roundsWithSites() > 0) {
                    // earlier rounds were summed over sites this one lacks: their results cannot be combined
                    LOG.log(
                            System.Logger.Level.WARNING,
                            "study {0}: round {1} was summed over {2} only; starting over on them",
                            studyId,
                            request.round(),
                            sum.sites());
                    request = algorithm.get().start(spec.studyParameters());
                    record = record.restarted(sum.sites(), request, wall);
                    store.save(record);
                    continue;
                }
                record = record.over(sum.sites(), request, wall);
            }
            RoundOutcome outcome;
            try {
                outcome = algorithm.get().aggregate(request, sum);
            } catch (RuntimeException e) {
                fail(record, "round " + request.round() + ": aggregation failed: " + e.getMessage(), wall);
                return;
            }
            if (outcome instanceof RoundOutcome.NextRound next) {
                request = next.request();
                record = record.advanced(request, wall);
                store.save(record);
            } else if (outcome instanceof RoundOutcome.Finished finished) {
                store.save(record.finished(finished.result(), wall));
                LOG.log(
                        System.Logger.Level.INFO,
                        "study {0} finished after {1} rounds",
                        studyId,
                        record.roundsCompleted() + 1);
                return;
            } else {
                fail(record, ((RoundOutcome.Failed) outcome).reason(), wall);
                return;
            }
        }
    }

    private void fail(StudyRecord record, String reason, long wallMillis) throws IOException {
        LOG.log(System.Logger.Level.WARNING, "study {0} failed: {1}", record.studyId(), reason);
        store.save(record.failed(reason, wallMillis));
    }
}
