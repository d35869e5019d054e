package org.precis.io.provenance;

/** A module's provenance record, which can say its common part. */
public interface Traceable {

    /** The software, time, input hashes and parameters this record holds. */
    Provenance common();
}
