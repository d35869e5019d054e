/**
 * Tile encoders: an {@link org.precis.embed.Encoder} turns tiles of a fixed input size into
 * vectors; an {@link org.precis.embed.EncoderDescriptor}, read from a small JSON file by
 * {@link org.precis.embed.EncoderDescriptors}, says what a model needs (input size, channel
 * order, layout, normalisation, µm/px) and gives (output name and dimension), so that any ONNX
 * model becomes an encoder through {@link org.precis.embed.OnnxEncoder}. {@link
 * org.precis.embed.Encoders} finds an encoder by shipped name or descriptor file and opens it, owning
 * the ONNX Runtime environment, so that applications ask for an encoder and close it.
 *
 * <p>Every tile, whether a slide tile or a patch file's view, becomes model input through
 * {@link org.precis.embed.Encoder#inputValues} (layout, channel order, normalisation), which
 * {@link org.precis.embed.Encoder#embed} uses too.
 *
 * <p>Encoders refuse tiles of the wrong size rather than resample them: the tiler knows the
 * slide's µm/px and resamples once, from the slide, instead of twice.
 */
package org.precis.embed;
