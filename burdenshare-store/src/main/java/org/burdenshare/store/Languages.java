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
  /**
   * The languages bundled: every {@code claims/xx.json} resource with a two-letter code, found by
   * looking, so that a language is added by adding its file.
   */
  public static final List<String> CODES = discover();

  private Languages() {}

  private static List<String> discover() {
    List<String> codes = new java.util.ArrayList<>();
    for (char a = 'a'; a <= 'z'; a++) {
      for (char b = 'a'; b <= 'z'; b++) {
        String code = "" + a + b;
        if (Languages.class.getResource("/burdenshare/claims/" + code + ".json") != null) {
          codes.add(code);
        }
      }
    }
    return List.copyOf(codes);
  }

  public static boolean known(String code) {
    return CODES.contains(code);
  }

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
