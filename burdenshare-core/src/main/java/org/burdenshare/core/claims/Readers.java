package org.burdenshare.core.claims;

import java.util.List;
import java.util.Map;

/**
 * The reader of every language the checker has, and the detector that tells which one a sentence is
 * written in.
 *
 * @param byCode the readers by language code
 * @param detector tells a sentence's language among these and the languages only recognised
 */
public record Readers(Map<String, ClaimReader> byCode, LanguageDetector detector) {
  public Readers {
    byCode = Map.copyOf(byCode);
  }

  /** The reader of a language the checker has, or null. */
  public ClaimReader get(String code) {
    return byCode.get(code);
  }

  /** The codes of the languages read, sorted. */
  public List<String> codes() {
    return byCode.keySet().stream().sorted().toList();
  }
}
