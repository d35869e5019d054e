package org.precis.server.cases;

import java.util.List;

/** One analysis started from the viewer: what was asked, by whom, and how far it has got. */
final class AnalysisJob {

    /**
     * What a pathologist asked for.
     *
     * @param caseId the case
     * @param kind {@code qc}, {@code ki67} or {@code grade}
     * @param slideId the case's slide
     * @param region level-0 x, y, width, height; empty for the whole slide
     * @param user who asked
     */
    record Request(String caseId, String kind, String slideId, List<Long> region, String user) {
        Request {
            region = List.copyOf(region);
        }
    }

    /** The job as the status route shows it. */
    record View(
            long id,
            String caseId,
            String kind,
            String slideId,
            List<Long> region,
            String state,
            Long analysisId,
            String error) {}

    enum State {
        QUEUED,
        RUNNING,
        DONE,
        FAILED
    }

    private final long id;
    private final Request request;
    private volatile State state = State.QUEUED;
    private volatile Long analysisId;
    private volatile String error;

    AnalysisJob(long id, Request request) {
        this.id = id;
        this.request = request;
    }

    long id() {
        return id;
    }

    Request request() {
        return request;
    }

    boolean finished() {
        return state == State.DONE || state == State.FAILED;
    }

    void started() {
        state = State.RUNNING;
    }

    void done(long analysis) {
        analysisId = analysis;
        state = State.DONE;
    }

    void failed(String reason) {
        error = reason;
        state = State.FAILED;
    }

    View view() {
        return new View(
                id,
                request.caseId(),
                request.kind(),
                request.slideId(),
                request.region(),
                state.name().toLowerCase(java.util.Locale.ROOT),
                analysisId,
                error);
    }
}
