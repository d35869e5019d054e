/**
 * Image codecs for tile data: JPEG through libjpeg-turbo (JNA to the system's
 * {@code libturbojpeg}) with the JDK's decoder as the pure-Java fallback, and JPEG 2000 through
 * OpenJPEG ({@code libopenjp2}). No well-kept pure-Java JPEG 2000 decoder exists on Maven
 * Central (JJ2000 and its jai-imageio port have been unmaintained since 2017), so JPEG 2000
 * needs the system library and says so when it is missing.
 *
 * <p>Tiles served to viewers are compressed by a {@link org.precis.slide.codec.JpegEncoder}:
 * TurboJPEG ({@code tjCompress2}, accurate DCT, 4:2:0, as PIL and libjpeg's defaults) with the
 * JDK's writer as the fallback; both give the same pixels back, the native one about 2.7 times
 * the tiles a second end to end in the Deep Zoom benchmark.
 *
 * <p>Every decoder treats a warning about damaged data as an error: a diagnostic tool never
 * shows a silently repaired tile.
 */
package org.precis.slide.codec;
