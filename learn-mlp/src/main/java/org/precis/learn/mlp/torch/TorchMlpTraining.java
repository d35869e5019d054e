package org.precis.learn.mlp.torch;

import java.util.List;
import org.precis.learn.mlp.MlpSettings;
import org.precis.learn.mlp.MlpTraining;
import org.precis.learn.validation.HeadFamily;

/** MLP training with DJL's PyTorch engine, found by {@link MlpTraining#installed()}. */
public final class TorchMlpTraining implements MlpTraining {

    @Override
    public HeadFamily heads(MlpSettings base, List<Double> weightDecays, int[] epochBudgets, long seed) {
        return new MlpHeads(base, weightDecays, epochBudgets, seed);
    }
}
