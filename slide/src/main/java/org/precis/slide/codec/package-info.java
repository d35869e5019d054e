/**
 * Image codecs for tile data: JPEG through libjpeg-turbo (JNA to the system's
 * {@code libturbojpeg}) with the JDK's decoder as the pure-Java fallback, and JPEG 2000 through
 * OpenJPEG ({@code libopenjp2}). No well-kept pure-Java JPEG 2000 decoder exists on Maven
 * Central (JJ2000 and its jai-imageio port have been unmaintained since 2017), so JPEG 2000
 * needs the system library and says so when it is missing.
 *
 * <p>Every decoder treats a warning about damaged data as an error: a diagnostic tool never
 * shows a silently repaired tile.
 */
package org.precis.slide.codec;
