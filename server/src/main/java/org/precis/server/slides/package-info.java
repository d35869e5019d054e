/**
 * Slides over HTTP: the list, thumbnails and Deep Zoom tiles of the library's slides, opened
 * lazily and kept open in a bounded set.
 */
package org.precis.server.slides;
