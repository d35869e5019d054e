/**
 * Reading the HDF5 files Precis writes (feature bags, patch sets) through jhdf: the root's
 * datasets and scalar attributes as typed fields, each problem reported in the words of the
 * reader that asked (a file can be sound HDF5 and still not a feature bag).
 */
package org.precis.embed.hdf5;
