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
 * request, so a restarted coordinator resumes there), the attempts made at that round, the sites
 * still taking part, the rounds completed, the result or the failure, and wall time so far.
 */
public record StudyRecord(
    StudySpec spec,
    StudyState state,
    Optional<RoundRequest> current,
    int attempt,
    List<String> sites,
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
    return new StudyRecord(spec, StudyState.QUEUED, Optional.empty(), 0, spec.sites(), 0, Optional.empty(),
        Optional.empty(), 0);
  }

  public String studyId() {
    return spec.studyId();
  }

  public boolean isOver() {
    return state == StudyState.FINISHED || state == StudyState.FAILED;
  }

  /** About to send a round (again): the request and the attempt number are saved first. */
  public StudyRecord attempting(RoundRequest request, int attemptNumber, long wallMillisSoFar) {
    return new StudyRecord(spec, StudyState.RUNNING, Optional.of(request), attemptNumber, sites, roundsCompleted,
        result, failure, wallMillisSoFar);
  }

  /** A round was summed and aggregated; the next one starts from attempt zero. */
  public StudyRecord advanced(RoundRequest next, List<String> survivors, long wallMillisSoFar) {
    return new StudyRecord(spec, StudyState.RUNNING, Optional.of(next), 0, survivors, roundsCompleted + 1, result,
        failure, wallMillisSoFar);
  }

  public StudyRecord finished(JsonNode studyResult, List<String> survivors, long wallMillisSoFar) {
    return new StudyRecord(spec, StudyState.FINISHED, current, attempt, survivors, roundsCompleted + 1,
        Optional.of(studyResult), Optional.empty(), wallMillisSoFar);
  }

  public StudyRecord failed(String reason, int completed, long wallMillisSoFar) {
    return new StudyRecord(spec, StudyState.FAILED, current, attempt, sites, completed, Optional.empty(),
        Optional.of(reason), wallMillisSoFar);
  }
}
