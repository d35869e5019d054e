package org.precis.learn;

import org.precis.learn.linear.Standardisation;

/**
 * A classifier head that standardises its features first with moments it carries (the multinomial
 * logistic head and the MLP head): what federated training continues from and what drift is
 * measured against.
 */
public interface StandardisedHead extends ClassifierHead {

    /** The standardisation the head applies to raw feature vectors. */
    Standardisation standardisation();
}
