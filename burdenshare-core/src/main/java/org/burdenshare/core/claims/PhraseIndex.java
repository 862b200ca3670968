package org.burdenshare.core.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.burdenshare.core.claims.Tokens.Token;

/**
 * Phrases of a language as token sequences, found at a position by their first token, longest
 * first.
 */
final class PhraseIndex {
  private final Map<String, List<List<String>>> byFirst = new HashMap<>();
  private final Map<List<String>, String> values = new HashMap<>();
  private final Map<List<String>, String> keys = new HashMap<>();

  PhraseIndex(Map<String, String> phrases, boolean decimalComma, List<String> elisions) {
    phrases.forEach(
        (phrase, value) -> {
          List<String> words =
              Tokens.of(phrase, decimalComma, elisions).stream().map(Token::text).toList();
          if (words.isEmpty()) {
            return;
          }
          byFirst.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(words);
          values.put(words, value);
          keys.put(words, phrase);
        });
    byFirst.values().forEach(l -> l.sort(Comparator.comparingInt(List<String>::size).reversed()));
  }

  static PhraseIndex of(List<String> phrases, boolean decimalComma, List<String> elisions) {
    Map<String, String> m = new LinkedHashMap<>();
    phrases.forEach(p -> m.put(p, p));
    return new PhraseIndex(m, decimalComma, elisions);
  }

  /** The words the phrases begin with. */
  java.util.Set<String> firstWords() {
    return byFirst.keySet();
  }

  /** The end (exclusive) of the longest phrase at i, or i when none starts there. */
  int match(List<Token> t, int i) {
    return longest(t, i).map(w -> i + w.size()).orElse(i);
  }

  String value(List<Token> t, int i) {
    return longest(t, i).map(values::get).orElse(null);
  }

  String key(List<Token> t, int i) {
    return longest(t, i).map(keys::get).orElse(null);
  }

  private Optional<List<String>> longest(List<Token> t, int i) {
    if (i >= t.size()) {
      return Optional.empty();
    }
    List<List<String>> candidates = byFirst.get(t.get(i).text());
    if (candidates == null) {
      return Optional.empty();
    }
    outer:
    for (List<String> words : candidates) {
      if (i + words.size() > t.size()) {
        continue;
      }
      for (int k = 0; k < words.size(); k++) {
        if (!t.get(i + k).text().equals(words.get(k))) {
          continue outer;
        }
      }
      return Optional.of(words);
    }
    return Optional.empty();
  }
}
