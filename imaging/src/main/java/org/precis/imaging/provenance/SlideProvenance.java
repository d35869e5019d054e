package org.precis.imaging.provenance;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.precis.io.file.Sha256Hex;
import org.precis.io.provenance.Provenance;
import org.precis.io.provenance.Traceable;

/**
 * Where a slide result came from: the slide (by content hash), its pixel size and where that came
 * from, the software that made the result and the parameters it was made with.
 *
 * @param slideFile the slide's file name
 * @param slideSha256 SHA-256 of the slide file's bytes
 * @param slideMpp µm per level-0 pixel used
 * @param slideMppSource whether the slide stated it or the user gave it
 * @param software the producing software and its version, e.g. {@code precis 0.1.0}
 * @param parameters the settings, as plain values (records, numbers, strings)
 */
public record SlideProvenance(
        String slideFile,
        String slideSha256,
        double slideMpp,
        PixelSizeSource slideMppSource,
        String software,
        Map<String, Object> parameters)
        implements Traceable {

    public SlideProvenance {
        slideSha256 = Sha256Hex.require("slide", slideSha256);
        if (slideFile == null || software == null || slideMppSource == null) {
            throw new IllegalArgumentException("slide file, software and pixel size source are required");
        }
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** The slide as the input, its pixel size and source ahead of the parameters. */
    @Override
    public Provenance common() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("slide_file", slideFile);
        settings.put("slide_mpp", slideMpp);
        settings.put("slide_mpp_source", slideMppSource.name().toLowerCase(Locale.ROOT));
        settings.putAll(parameters);
        return new Provenance(software, Optional.empty(), Map.of("slide", slideSha256), settings);
    }
}
