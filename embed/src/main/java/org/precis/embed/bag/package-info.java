/**
 * Feature bags: the embeddings of a slide's tiles with their level-0 coordinates and provenance
 * ({@link org.precis.embed.bag.FeatureBag}), stored as HDF5 by
 * {@link org.precis.embed.bag.FeatureBags} in the layout CLAM and TRIDENT read, through jhdf
 * (pure Java). h5py reads what is written here and what h5py writes is read here; both
 * directions are tested, the second against a committed fixture written by h5py.
 */
package org.precis.embed.bag;
