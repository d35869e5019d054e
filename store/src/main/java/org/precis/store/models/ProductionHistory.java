package org.precis.store.models;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Which versions of a model were production, as a stack: a promotion pushes the promoted version,
 * a rollback pops the current one (its production row names the version below, which is
 * production again). The top is production now; the one below it is where a rollback goes. Two
 * rollbacks in a row therefore go back two promotions, never forth again.
 */
final class ProductionHistory {
    private final Deque<Integer> stack = new ArrayDeque<>();

    ProductionHistory(List<StatusRows.ProductionChange> changes) {
        for (StatusRows.ProductionChange change : changes) {
            if (change.action() == ModelAction.ROLLBACK) {
                if (stack.size() < 2) {
                    throw new IllegalStateException(
                            "the model's status history is inconsistent: a rollback with nothing to roll back to");
                }
                stack.pop();
                if (stack.peek() != change.version()) {
                    throw new IllegalStateException(
                            "the model's status history is inconsistent: a rollback to version " + change.version());
                }
            } else {
                stack.push(change.version());
            }
        }
    }

    /** The production version, if any. */
    Optional<Integer> current() {
        return Optional.ofNullable(stack.peek());
    }

    /** The version that was production before the current one, where a rollback goes. */
    Optional<Integer> previous() {
        if (stack.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(stack.stream().skip(1).findFirst().orElseThrow());
    }
}
