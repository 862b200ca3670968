package org.burdenshare.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.burdenshare.core.claims.ClaimReader;
import org.burdenshare.core.claims.Language;
import org.burdenshare.core.claims.LanguageDetector;
import org.burdenshare.core.claims.Readers;
import org.burdenshare.core.errors.InvalidQueryException;

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

  /** The languages the reader recognises but has no lexicon for, and the scripts' languages. */
  private record Others(
      List<LanguageDetector.Profile> profiles, Map<Character.UnicodeScript, String> scripts) {}

  private static volatile Readers readers;

  /**
   * The reader of every bundled language and the detector that picks one for a sentence, built once
   * (the readers compile their patterns and index their lexicons) and shared: they hold no state of
   * a check.
   */
  public static Readers readers() {
    Readers r = readers;
    if (r == null) {
      synchronized (Languages.class) {
        r = readers;
        if (r == null) {
          r = build();
          readers = r;
        }
      }
    }
    return r;
  }

  private static Readers build() {
    Map<String, ClaimReader> byCode = new LinkedHashMap<>();
    List<LanguageDetector.Profile> profiles = new ArrayList<>();
    Map<String, Set<String>> lexicons = new HashMap<>();
    for (String code : codes()) {
      Language l = load(code);
      byCode.put(code, new ClaimReader(l));
      profiles.add(l.profile());
      lexicons.put(code, l.vocabulary());
    }
    Others others;
    try {
      others =
          new ObjectMapper()
              .readValue(Resources.bytes("claims/other-languages.json"), Others.class);
    } catch (IOException e) {
      throw new UncheckedIOException("the bundled file claims/other-languages.json is broken", e);
    }
    return new Readers(
        byCode,
        new LanguageDetector(profiles, lexicons, others.profiles(), others.scripts(), "en"));
  }

  /** The reader of one language, as {@link #readers()} holds it. */
  public static ClaimReader reader(String code) {
    if (!known(code)) {
      load(code); // says which languages there are
    }
    return readers().get(code);
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
