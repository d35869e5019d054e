package org.precis.cli;

import java.util.ArrayList;
import java.util.List;
import org.precis.server.cases.AnnotationClass;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code NAME=R,G,B} on the command line: an annotation class the viewer offers, with its colour. */
final class AnnotationClassConverter implements ITypeConverter<AnnotationClass> {

    @Override
    public AnnotationClass convert(String value) {
        int equals = value.lastIndexOf('=');
        if (equals < 1) {
            throw new TypeConversionException("'" + value + "' is not NAME=R,G,B (e.g. Tumor=200,0,0)");
        }
        String[] channels = value.substring(equals + 1).split(",", -1);
        if (channels.length != 3) {
            throw new TypeConversionException("'" + value + "': the colour must be three numbers R,G,B");
        }
        List<Integer> color = new ArrayList<>();
        for (String channel : channels) {
            try {
                color.add(Integer.parseInt(channel.strip()));
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "': '" + channel + "' is not a whole number 0-255");
            }
        }
        try {
            return new AnnotationClass(value.substring(0, equals).strip(), color);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
