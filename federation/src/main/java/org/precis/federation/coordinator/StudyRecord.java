package org.precis.federation.coordinator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.precis.federation.algorithm.RoundRequest;
import org.precis.federation.proto.StudyState;
import org.precis.federation.study.StudySpec;

/**
 * A study's persisted state: what was submitted, where it stands, the round it is on (the public
 * request, so a restarted coordinator resumes there), the number of round attempts sent so far (each
 * attempt's key is unique in the study, so a site can refuse any replayed task), the sites
 * whose sums the current run of the algorithm is built on, how many rounds that run has aggregated,
 * the rounds completed in all, the result or the failure, and wall time so far.
 */
public record StudyRecord(
        StudySpec spec,
        StudyState state,
        Optional<RoundRequest> current,
        int attempt,
        List<String> sites,
        int roundsWithSites,
        int roundsCompleted,
        Optional<JsonNode> result,
        Optional<String> failure,
        long wallMillis) {
    public StudyRecord {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(state, "state");
        sites = List.copyOf(sites);
    }

    public static StudyRecord submitted(StudySpec spec) {
        return new StudyRecord(
                spec,
                StudyState.QUEUED,
                Optional.empty(),
                0,
                spec.sites(),
                0,
                0,
                Optional.empty(),
                Optional.empty(),
                0);
    }

    public String studyId() {
        return spec.studyId();
    }

    public boolean isOver() {
        return state == StudyState.FINISHED || state == StudyState.FAILED;
    }

    /** About to send a round (again): the request and the attempt number are saved first. */
    public StudyRecord attempting(RoundRequest request, int attemptNumber, long wallMillisSoFar) {
        return new StudyRecord(
                spec,
                StudyState.RUNNING,
                Optional.of(request),
                attemptNumber,
                sites,
                roundsWithSites,
                roundsCompleted,
                result,
                failure,
                wallMillisSoFar);
    }

    /**
     * The algorithm runs (again, from its first round when {@code request} is the start) over these
     * sites: rounds summed over another set of sites cannot be combined with theirs.
     */
    public StudyRecord over(List<String> newSites, RoundRequest request, long wallMillisSoFar) {
        return new StudyRecord(
                spec,
                StudyState.RUNNING,
                Optional.of(request),
                attempt,
                newSites,
                0,
                roundsCompleted,
                result,
                failure,
                wallMillisSoFar);
    }

    /** A round was summed and aggregated. */
    public StudyRecord advanced(RoundRequest next, long wallMillisSoFar) {
        return new StudyRecord(
                spec,
                StudyState.RUNNING,
                Optional.of(next),
                attempt,
                sites,
                roundsWithSites + 1,
                roundsCompleted + 1,
                result,
                failure,
                wallMillisSoFar);
    }

    /** A round was summed but the algorithm must start over on the sites that remain. */
    public StudyRecord restarted(List<String> survivors, RoundRequest start, long wallMillisSoFar) {
        return new StudyRecord(
                spec,
                StudyState.RUNNING,
                Optional.of(start),
                attempt,
                survivors,
                0,
                roundsCompleted + 1,
                result,
                failure,
                wallMillisSoFar);
    }

    public StudyRecord finished(JsonNode studyResult, long wallMillisSoFar) {
        return new StudyRecord(
                spec,
                StudyState.FINISHED,
                current,
                attempt,
                sites,
                roundsWithSites + 1,
                roundsCompleted + 1,
                Optional.of(studyResult),
                Optional.empty(),
                wallMillisSoFar);
    }

    public StudyRecord failed(String reason, long wallMillisSoFar) {
        return new StudyRecord(
                spec,
                StudyState.FAILED,
                current,
                attempt,
                sites,
                roundsWithSites,
                roundsCompleted,
                Optional.empty(),
                Optional.of(reason),
                wallMillisSoFar);
    }
}
