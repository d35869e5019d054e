package org.precis.federation.node;

import org.precis.federation.algorithm.RoundRequest;
import org.precis.federation.proto.RoundKey;

/** A round attempt this site is answering: the request, its own vector (never sent) and its masking state. */
record SiteRound(RoundKey key, RoundRequest request, double[] vector, MaskingParticipant participant) {}
