package org.burdenshare.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON mapping of answers, shared by the API and the CLI: records as objects with fields in
 * declaration order, dates as ISO strings.
 */
public final class Json {
  public static final ObjectMapper COMPACT =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING);

  public static final ObjectMapper PRETTY =
      COMPACT.copy().enable(SerializationFeature.INDENT_OUTPUT);

  private Json() {}
}
