package org.precis.federation.coordinator;

import org.precis.federation.algorithm.SecureSum;

/** How one round attempt ended: a secure sum over the surviving sites, or a reason it could not be summed. */
sealed interface RoundResult {
    record Summed(SecureSum sum) implements RoundResult {}

    record Failed(String reason) implements RoundResult {}
}
