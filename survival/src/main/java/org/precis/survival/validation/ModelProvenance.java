package org.precis.survival.validation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Where a saved model came from, so a validation report can say which data and software made it.
 *
 * @param inputSha256 SHA-256 of the development data file, lower-case hex
 * @param columnNames the columns of the development table
 * @param softwareVersion the Precis version that fitted the model
 * @param createdOn the date the model was fitted, ISO-8601 ({@code 2026-11-29}); passed in, never read from a clock here
 */
public record ModelProvenance(String inputSha256, List<String> columnNames, String softwareVersion,
    String createdOn) {
  public ModelProvenance {
    Objects.requireNonNull(inputSha256, "inputSha256");
    if (!inputSha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("inputSha256 must be 64 lower-case hex digits, got '" + inputSha256 + "'");
    }
    columnNames = List.copyOf(columnNames);
    Objects.requireNonNull(softwareVersion, "softwareVersion");
    LocalDate.parse(Objects.requireNonNull(createdOn, "createdOn"));
  }

  /** Provenance of a model fitted on {@code input}, hashing the file. */
  public static ModelProvenance of(Path input, List<String> columnNames, String softwareVersion, LocalDate createdOn)
      throws IOException {
    return new ModelProvenance(sha256(input), columnNames, softwareVersion, createdOn.toString());
  }

  static String sha256(Path file) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[1 << 16];
      for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
        digest.update(buffer, 0, read);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
