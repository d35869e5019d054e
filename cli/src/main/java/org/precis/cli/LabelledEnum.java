package org.precis.cli;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads an enum constant from the label the field writes it with ("T1mi", "N2a"), any case. */
final class LabelledEnum {

    private LabelledEnum() {}

    static <E extends Enum<E>> E parse(Class<E> type, Function<E, String> label, String text, String what) {
        for (E constant : type.getEnumConstants()) {
            if (label.apply(constant).equalsIgnoreCase(text.trim())) {
                return constant;
            }
        }
        throw new IllegalArgumentException("unknown " + what + " '" + text + "'; expected one of "
                + Arrays.stream(type.getEnumConstants()).map(label).collect(Collectors.joining(", ")));
    }
}
