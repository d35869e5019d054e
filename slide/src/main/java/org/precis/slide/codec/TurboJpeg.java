package org.precis.slide.codec;

import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.NativeLongByReference;
import com.sun.jna.ptr.PointerByReference;

/**
 * The few TurboJPEG 2.x functions the codecs use, bound with JNA's direct mapping: a call is a
 * plain native call, without the reflective proxy of interface mapping, which matters at
 * thousands of tiles a second.
 */
final class TurboJpeg {

    static final int TJPF_RGB = 0;
    /** 4:2:0 chroma subsampling, libjpeg's default and what PIL writes. */
    static final int TJSAMP_420 = 2;
    /** Stop on a libjpeg warning (corrupt data) instead of returning a repaired image. */
    static final int TJFLAG_STOPONWARNING = 8192;
    /** Refuse progressive streams with absurd numbers of scans (a known denial of service). */
    static final int TJFLAG_LIMITSCANS = 32768;
    /** Write into the buffer given, never reallocate it (it is sized by tjBufSize). */
    static final int TJFLAG_NOREALLOC = 1024;
    /**
     * The accurate integer DCT: TurboJPEG otherwise picks the fast one below quality 96, while
     * libjpeg's own default (and so PIL's) is the accurate one.
     */
    static final int TJFLAG_ACCURATEDCT = 4096;

    private TurboJpeg() {}

    /** Binds the natives once per class loader; JNA ignores repeated registration. */
    static synchronized void bind() {
        Native.register(TurboJpeg.class, NativeLibraries.load("turbojpeg", "libturbojpeg.so.0"));
    }

    static native Pointer tjInitDecompress();

    static native int tjDecompressHeader3(
            Pointer handle,
            Pointer jpegBuf,
            NativeLong jpegSize,
            IntByReference width,
            IntByReference height,
            IntByReference jpegSubsamp,
            IntByReference jpegColorspace);

    static native int tjDecompress2(
            Pointer handle,
            Pointer jpegBuf,
            NativeLong jpegSize,
            Pointer dstBuf,
            int width,
            int pitch,
            int height,
            int pixelFormat,
            int flags);

    static native Pointer tjInitCompress();

    static native NativeLong tjBufSize(int width, int height, int jpegSubsamp);

    static native int tjCompress2(
            Pointer handle,
            Pointer srcBuf,
            int width,
            int pitch,
            int height,
            int pixelFormat,
            PointerByReference jpegBuf,
            NativeLongByReference jpegSize,
            int jpegSubsamp,
            int jpegQual,
            int flags);

    static native String tjGetErrorStr2(Pointer handle);

    static native int tjDestroy(Pointer handle);
}
