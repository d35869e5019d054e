/**
 * Differential-privacy accounting for federated training: how much privacy the rounds so far have
 * spent, and how much noise the next rounds need.
 *
 * <p>Owns pure arithmetic only, with no dependencies beyond the JDK:
 *
 * <ul>
 *   <li>{@link org.precis.federation.privacy.SampledGaussian}: the Rényi DP of the Poisson-subsampled
 *       Gaussian mechanism at a given order (Mironov, Talwar, Zhang 2019, "Rényi Differential
 *       Privacy of the Sampled Gaussian Mechanism", arXiv:1908.10530);
 *   <li>{@link org.precis.federation.privacy.RdpCurve}: Rényi DP over a set of orders, composed by
 *       addition (Mironov 2017, "Rényi Differential Privacy", CSF, Prop. 1) and converted to an
 *       (ε, δ) guarantee, {@link org.precis.federation.privacy.PrivacySpent};
 *   <li>{@link org.precis.federation.privacy.Conversion}: the two RDP → (ε, δ) conversions, the
 *       classic one (Mironov 2017, Prop. 3) and the tighter one of Balle et al. 2020 ("Hypothesis
 *       testing interpretations and Rényi differential privacy", AISTATS, Thm. 21) and Canonne,
 *       Kamath, Steinke 2020 ("The Discrete Gaussian for Differential Privacy", Prop. 12), which
 *       Opacus and TensorFlow Privacy use today;
 *   <li>{@link org.precis.federation.privacy.NoiseCalibration}: the smallest noise multiplier
 *       that keeps a training run within a target ε.
 * </ul>
 *
 * <p>Neighbouring datasets differ by adding or removing one record (for federation: one site's
 * contribution, clipped to L2 norm 1 in units of the noise multiplier). Who calls the accountant
 * after each round, and what is logged, belongs to the training coordinator, not to this package.
 */
package org.precis.federation.privacy;
