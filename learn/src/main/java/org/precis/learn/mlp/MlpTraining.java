package org.precis.learn.mlp;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.precis.learn.validation.HeadFamily;

/**
 * Training of MLP heads, which needs DJL's PyTorch engine (a 111 MB native library) and so lives in
 * the optional {@code learn-mlp} module; this module reads, writes and evaluates MLP models without it.
 * The implementation is found on the class path by {@link ServiceLoader}.
 */
public interface MlpTraining {

    /** MLP heads over a grid of weight decays and ascending epoch budgets; {@code base} gives the rest. */
    HeadFamily heads(MlpSettings base, List<Double> weightDecays, int[] epochBudgets, long seed);

    /** The training on the class path, if the {@code learn-mlp} module is there. */
    static Optional<MlpTraining> installed() {
        return ServiceLoader.load(MlpTraining.class).findFirst();
    }
}
