package org.burdenshare.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.burdenshare.core.InvalidQueryException;
import org.burdenshare.core.claims.Language;

/**
 * The claim reader's languages, bundled as data in {@code burdenshare/claims/CODE.json}: adding a
 * language is adding a file and its code here.
 */
public final class Languages {
  public static final List<String> CODES = List.of("en", "fr");

  private Languages() {}

  public static Language load(String code) {
    if (!CODES.contains(code)) {
      throw new InvalidQueryException(
          "Unknown language '" + code + "': the reader knows " + String.join(", ", CODES) + ".");
    }
    try {
      return new ObjectMapper()
          .readValue(Resources.bytes("claims/" + code + ".json"), Language.class);
    } catch (IOException e) {
      throw new UncheckedIOException("the bundled language file " + code + " is broken", e);
    }
  }
}
