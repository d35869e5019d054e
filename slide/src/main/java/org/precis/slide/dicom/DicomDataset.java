package org.precis.slide.dicom;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The elements of one dataset or sequence item, by tag, with typed reads that follow each
 * element's VR. Text is decoded as ISO 8859-1: everything this reader interprets is ASCII (UIDs,
 * code strings, numbers), and other text is only passed on as a property.
 */
final class DicomDataset {

    private final Map<Integer, DicomElement> elements;

    DicomDataset(Map<Integer, DicomElement> elements) {
        this.elements = Collections.unmodifiableMap(new LinkedHashMap<>(elements));
    }

    Optional<DicomElement> element(int tag) {
        return Optional.ofNullable(elements.get(tag));
    }

    boolean contains(int tag) {
        return elements.containsKey(tag);
    }

    /** The whole text value, trailing spaces and NULs removed; empty when absent or blank. */
    Optional<String> string(int tag) {
        DicomElement element = elements.get(tag);
        if (element == null || element.value() == null || element.vr() == Vr.SQ) {
            return Optional.empty();
        }
        String text = new String(element.value(), StandardCharsets.ISO_8859_1);
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\0')) {
            end--;
        }
        String trimmed = text.substring(0, end).strip();
        return trimmed.isEmpty() ? Optional.empty() : Optional.of(trimmed);
    }

    /** The values of a multi-valued text element. */
    List<String> strings(int tag) {
        return string(tag)
                .map(s -> {
                    List<String> values = new ArrayList<>();
                    for (String part : s.split("\\\\", -1)) {
                        values.add(part.strip());
                    }
                    return values;
                })
                .orElse(List.of());
    }

    /** The first value as an integer: binary for US, UL, SS, SL; parsed for IS. */
    OptionalLong integer(int tag) {
        DicomElement element = elements.get(tag);
        if (element == null || element.value() == null) {
            return OptionalLong.empty();
        }
        byte[] v = element.value();
        return switch (element.vr()) {
            case US -> v.length >= 2 ? OptionalLong.of(u16(v)) : OptionalLong.empty();
            case SS -> v.length >= 2 ? OptionalLong.of((short) u16(v)) : OptionalLong.empty();
            case UL -> v.length >= 4 ? OptionalLong.of(u32(v)) : OptionalLong.empty();
            case SL -> v.length >= 4 ? OptionalLong.of((int) u32(v)) : OptionalLong.empty();
            case IS, DS -> {
                OptionalDouble d = decimal(tag);
                yield d.isPresent() && d.getAsDouble() == Math.rint(d.getAsDouble()) && Math.abs(d.getAsDouble()) < 1e15
                        ? OptionalLong.of((long) d.getAsDouble())
                        : OptionalLong.empty();
            }
            default -> OptionalLong.empty();
        };
    }

    /** The first value as a number: binary for FL, FD and the integer VRs; parsed for DS and IS. */
    OptionalDouble decimal(int tag) {
        double[] all = decimals(tag);
        return all.length == 0 ? OptionalDouble.empty() : OptionalDouble.of(all[0]);
    }

    /** All values as numbers; empty when absent or unparseable. */
    double[] decimals(int tag) {
        DicomElement element = elements.get(tag);
        if (element == null || element.value() == null) {
            return new double[0];
        }
        byte[] v = element.value();
        switch (element.vr()) {
            case FL:
                return v.length >= 4 ? new double[] {Float.intBitsToFloat((int) u32(v))} : new double[0];
            case FD:
                if (v.length < 8) {
                    return new double[0];
                }
                long bits = u32(v) | u32(java.util.Arrays.copyOfRange(v, 4, 8)) << 32;
                return new double[] {Double.longBitsToDouble(bits)};
            case DS:
            case IS:
                List<String> parts = strings(tag);
                double[] values = new double[parts.size()];
                try {
                    for (int i = 0; i < values.length; i++) {
                        values[i] = Double.parseDouble(parts.get(i));
                    }
                } catch (NumberFormatException e) {
                    return new double[0];
                }
                return values;
            default:
                OptionalLong integer = integer(tag);
                return integer.isPresent() ? new double[] {integer.getAsLong()} : new double[0];
        }
    }

    /** The items of a sequence; empty when absent. */
    List<DicomDataset> sequence(int tag) {
        DicomElement element = elements.get(tag);
        return element == null ? List.of() : element.items();
    }

    /** The first item of a sequence, when there is one. */
    Optional<DicomDataset> firstItem(int tag) {
        List<DicomDataset> items = sequence(tag);
        return items.isEmpty() ? Optional.empty() : Optional.of(items.get(0));
    }

    private static int u16(byte[] v) {
        return (v[0] & 0xff) | (v[1] & 0xff) << 8;
    }

    private static long u32(byte[] v) {
        return (v[0] & 0xffL) | (v[1] & 0xffL) << 8 | (v[2] & 0xffL) << 16 | (v[3] & 0xffL) << 24;
    }
}
