/**
 * Whole slides to embeddings: {@link org.precis.embed.pipeline.TilePlanner} lays a grid of tiles
 * at a target µm/px over a slide and keeps those with enough tissue;
 * {@link org.precis.embed.pipeline.SlideEmbedding} reads them (through
 * {@link org.precis.embed.pipeline.SlideTiles}, the one read of a planned tile, which heatmaps use
 * too) and decodes them on the caller's threads, each writing its tile's model input straight
 * into its batch, a bounded number of batches ahead, while the encoder runs on the calling
 * thread, and streams each tile's vector to a sink; {@link org.precis.embed.pipeline.SlideBags} writes a
 * slide's vectors as a feature bag and keeps bags that are already complete;
 * {@link org.precis.embed.pipeline.EmbeddingBenchmark} compares the whole pipeline with the
 * inference alone.
 *
 * <p>{@link org.precis.embed.pipeline.SlidePipeline} opens the whole of it (encoder, tile readers,
 * bag writer, benchmark) and closes it again, so that an application only asks and closes.
 *
 * <p>Nothing here prints: progress and skipped tiles go to an
 * {@link org.precis.embed.pipeline.EmbeddingListener} the application passes in.
 */
package org.precis.embed.pipeline;
