package org.burdenshare.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.burdenshare.core.releases.ReleaseChoice;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * --as-of and --release: which release answers. Without either, the newest that covers the year.
 */
public final class ReleaseOptions {
  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      converter = DateConverter.class,
      description =
          "Answer with what had been published by this date (YYYY-MM-DD): the newest release"
              + " published on or before it that covers the year.")
  LocalDate asOf;

  @Option(
      names = "--release",
      paramLabel = "ID",
      description = "Answer from exactly this release (see 'burdenshare releases').")
  String release;

  public ReleaseChoice choice() {
    if (asOf != null && release != null) {
      throw new org.burdenshare.core.errors.InvalidQueryException(
          "--as-of and --release exclude each other: give one of them.");
    }
    if (release != null) {
      return ReleaseChoice.named(release.strip());
    }
    return asOf != null ? ReleaseChoice.asOf(asOf) : ReleaseChoice.latest();
  }

  /** Dates as YYYY-MM-DD, with a message that shows the expected form. */
  public static final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value.strip());
      } catch (DateTimeParseException e) {
        throw new TypeConversionException(
            "expected a date as YYYY-MM-DD (e.g. 2019-11-28), found '" + value + "'");
      }
    }
  }
}
