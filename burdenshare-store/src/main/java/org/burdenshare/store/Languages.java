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
  private Languages() {}

  /**
   * The languages bundled: every {@code claims/xx.json} resource with a two-letter code, found by
   * looking, so that a language is added by adding its file. Looked for only when a message needs
   * the list: loading a language looks for its one file.
   */
  public static List<String> codes() {
    List<String> codes = new java.util.ArrayList<>();
    for (char a = 'a'; a <= 'z'; a++) {
      for (char b = 'a'; b <= 'z'; b++) {
        String code = "" + a + b;
        if (known(code)) {
          codes.add(code);
        }
      }
    }
    return List.copyOf(codes);
  }

  public static boolean known(String code) {
    return code.matches("[a-z]{2}")
        && Languages.class.getResource("/burdenshare/claims/" + code + ".json") != null;
  }

  public static Language load(String code) {
    if (!known(code)) {
      throw new InvalidQueryException(
          "Unknown language '" + code + "': the reader knows " + String.join(", ", codes()) + ".");
    }
    try {
      return new ObjectMapper()
          .readValue(Resources.bytes("claims/" + code + ".json"), Language.class);
    } catch (IOException e) {
      throw new UncheckedIOException("the bundled language file " + code + " is broken", e);
    }
  }
}
