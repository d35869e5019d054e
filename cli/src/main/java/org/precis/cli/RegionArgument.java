package org.precis.cli;

import org.precis.cells.output.PixelRegion;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --region X,Y,W,H}: level-0 pixels, whole numbers. */
final class RegionArgument implements ITypeConverter<PixelRegion> {

    @Override
    public PixelRegion convert(String value) {
        String[] parts = value.split(",", -1);
        if (parts.length != 4) {
            throw new TypeConversionException("--region must be X,Y,W,H in level-0 pixels: " + value);
        }
        long[] numbers = new long[4];
        for (int i = 0; i < 4; i++) {
            try {
                numbers[i] = Long.parseLong(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("--region must be X,Y,W,H in level-0 pixels: " + value);
            }
        }
        try {
            return new PixelRegion(numbers[0], numbers[1], numbers[2], numbers[3]);
        } catch (IllegalArgumentException e) {
            // picocli prints a TypeConversionException's message alone, without Java's class names
            throw new TypeConversionException(e.getMessage());
        }
    }
}
