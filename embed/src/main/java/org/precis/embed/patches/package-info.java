/**
 * Patch sets: labelled image patches (one file each, for example LC25000) embedded with a
 * recorded recipe (encoder, test-time views, scales, stain normalisation) and stored as HDF5
 * (with each view's own vector when there are several views), so that a model trained on them
 * can embed new images the same way. {@link org.precis.embed.patches.PatchEncoding} is an encoder
 * opened with its image-decoding threads; {@link org.precis.embed.patches.PatchSizeLimits} says how
 * far an image may be from the encoder's input size.
 */
package org.precis.embed.patches;
