package org.burdenshare.core.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells which language a sentence is written in from the words it uses: each language's most
 * frequent words (articles, prepositions, pronouns, auxiliaries: the words every sentence has, and
 * which differ from one language to the next), the words of its claim lexicon, and the letters only
 * some languages write (ł, ß, ñ). A word shared by several languages counts for each of them by its
 * share (1/n), so that "de" or "in" weigh little and "the" or "het" much. Languages the reader has
 * no lexicon for are profiled too, so that a text in one of them is named rather than read as the
 * nearest known language; scripts other than Latin name their language outright.
 *
 * <p>One pass over the characters and one hash look-up per word: a 1,000-word article is detected
 * in well under a millisecond, with no model to load.
 */
public final class LanguageDetector {
  /**
   * What tells a language: its frequent words and the letters it alone (or nearly alone) writes.
   *
   * @param code ISO 639-1 code
   * @param words frequent words, lower case; a word ending in an apostrophe is an elided article
   *     ("l'", "dell'")
   * @param letters letters characteristic of the language, lower case ("ąćęłńśźż")
   */
  public record Profile(String code, List<String> words, String letters) {
    public Profile {
      words = words == null ? List.of() : List.copyOf(words);
      letters = letters == null ? "" : letters;
    }
  }

  /**
   * The language a text was taken to be in.
   *
   * @param code the language's code
   * @param supported whether the reader has it
   * @param evidence how much spoke for it (0 when nothing did, and the code is the fallback's)
   */
  public record Guess(String code, boolean supported, double evidence) {}

  /** A word of a language's lexicon counts this much beside one of its frequent words. */
  private static final double LEXICON_WEIGHT = 0.5;

  /** A characteristic letter counts this much (a word often has one or two). */
  private static final double LETTER_WEIGHT = 0.75;

  /**
   * A language the reader does not have is named only when it wins by this factor over the best it
   * has: a known language with a word or two in common with an unknown one is still read.
   */
  private static final double UNSUPPORTED_MARGIN = 1.5;

  private final List<String> codes = new ArrayList<>();
  private final boolean[] supported;
  private final Map<String, double[]> words = new HashMap<>();
  private final Map<Character, double[]> letters = new HashMap<>();
  private final Map<Character.UnicodeScript, String> scripts;
  private final String fallback;

  /**
   * @param known the languages the reader has, each with its profile and its lexicon's words
   * @param lexicons per known language, the words of its lexicon (country names, cue words)
   * @param others profiles of languages the reader does not have
   * @param scripts the language to name for a text in a script other than Latin, where no profile
   *     of that script speaks for one
   * @param fallback the language taken when nothing speaks for any (a sentence of figures only)
   */
  public LanguageDetector(
      List<Profile> known,
      Map<String, Set<String>> lexicons,
      List<Profile> others,
      Map<Character.UnicodeScript, String> scripts,
      String fallback) {
    List<Profile> all = new ArrayList<>(known);
    all.addAll(others);
    this.supported = new boolean[all.size()];
    for (int i = 0; i < all.size(); i++) {
      codes.add(all.get(i).code());
      supported[i] = i < known.size();
    }
    this.scripts = Map.copyOf(scripts);
    this.fallback = fallback;
    int n = all.size();
    Map<String, Set<Integer>> frequent = new HashMap<>();
    Map<String, Set<Integer>> lexical = new HashMap<>();
    Map<Character, Set<Integer>> marked = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Profile p = all.get(i);
      for (String w : p.words()) {
        frequent.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new HashSet<>()).add(i);
      }
      for (char c : p.letters().toCharArray()) {
        marked.computeIfAbsent(c, k -> new HashSet<>()).add(i);
      }
      for (String phrase : lexicons.getOrDefault(p.code(), Set.of())) {
        for (String w : split(phrase)) {
          lexical.computeIfAbsent(w, k -> new HashSet<>()).add(i);
        }
      }
    }
    frequent.forEach((w, langs) -> spread(words, w, langs, 1.0, n));
    lexical.forEach((w, langs) -> spread(words, w, langs, LEXICON_WEIGHT, n));
    marked.forEach((c, langs) -> spread(letters, c, langs, LETTER_WEIGHT, n));
    int size = letters.keySet().stream().mapToInt(c -> c + 1).max().orElse(0);
    letterTable = new double[size][];
    letters.forEach((c, w) -> letterTable[c] = w);
  }

  /**
   * The letters' weights by the letter itself (a table of a few hundred entries): looked up for
   * every letter of every text, where a map of boxed characters was a fifth of detecting.
   */
  private final double[][] letterTable;

  private static <K> void spread(
      Map<K, double[]> into, K key, Set<Integer> langs, double weight, int n) {
    double[] w = into.computeIfAbsent(key, k -> new double[n]);
    for (int i : langs) {
      w[i] += weight / langs.size();
    }
  }

  /** The words of a phrase as the detector sees them. */
  private static List<String> split(String phrase) {
    List<String> out = new ArrayList<>();
    words(phrase, out::add);
    return out;
  }

  /**
   * Calls {@code sink} with each word of the text, lower case; an apostrophe between letters ends
   * the word before it and stays on it ("l'otan" gives "l'" and "otan").
   */
  private static void words(CharSequence text, java.util.function.Consumer<String> sink) {
    StringBuilder w = new StringBuilder();
    int len = text.length();
    for (int i = 0; i < len; i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        w.append(Character.toLowerCase(c));
      } else if ((c == '\'' || c == '’')
          && w.length() > 0
          && i + 1 < len
          && Character.isLetter(text.charAt(i + 1))) {
        w.append('\'');
        sink.accept(w.toString());
        w.setLength(0);
      } else if (w.length() > 0) {
        sink.accept(w.toString());
        w.setLength(0);
      }
    }
    if (w.length() > 0) {
      sink.accept(w.toString());
    }
  }

  /** The language taken when nothing speaks for any. */
  public String fallback() {
    return fallback;
  }

  /** The codes of the languages the reader has and of those it only recognises. */
  public List<String> codes() {
    return List.copyOf(codes);
  }

  /** The language of a text: the one its words and letters speak for most. */
  public Guess detect(CharSequence text) {
    double[] score = new double[codes.size()];
    Map<Character.UnicodeScript, Integer> otherScripts = new HashMap<>();
    int[] latin = new int[1];
    words(
        text,
        w -> {
          double[] s = words.get(w);
          if (s != null) {
            for (int i = 0; i < s.length; i++) {
              score[i] += s[i];
            }
          }
          char first = w.charAt(0);
          Character.UnicodeScript script = Character.UnicodeScript.of(first);
          if (script == Character.UnicodeScript.LATIN) {
            latin[0]++;
          } else if (script != Character.UnicodeScript.COMMON) {
            otherScripts.merge(script, 1, Integer::sum);
          }
          for (int k = 0; k < w.length(); k++) {
            char ch = w.charAt(k);
            double[] l = ch < letterTable.length ? letterTable[ch] : null;
            if (l != null) {
              for (int i = 0; i < l.length; i++) {
                score[i] += l[i];
              }
            }
          }
        });
    int best = -1;
    int bestKnown = -1;
    for (int i = 0; i < score.length; i++) {
      if (score[i] > 0 && (best < 0 || score[i] > score[best])) {
        best = i;
      }
      if (supported[i] && score[i] > 0 && (bestKnown < 0 || score[i] > score[bestKnown])) {
        bestKnown = i;
      }
    }
    // a text mostly in another script: the script names the language where no profile does
    Character.UnicodeScript main = null;
    int most = latin[0];
    for (Map.Entry<Character.UnicodeScript, Integer> e : otherScripts.entrySet()) {
      if (e.getValue() > most) {
        most = e.getValue();
        main = e.getKey();
      }
    }
    if (main != null && (best < 0 || supported[best])) {
      String code = scripts.getOrDefault(main, main.name().toLowerCase(Locale.ROOT));
      return new Guess(code, false, most);
    }
    if (best < 0) {
      return new Guess(fallback, true, 0);
    }
    if (!supported[best]
        && (bestKnown < 0 || score[best] > UNSUPPORTED_MARGIN * score[bestKnown])) {
      return new Guess(codes.get(best), false, score[best]);
    }
    int chosen = supported[best] ? best : bestKnown;
    return new Guess(codes.get(chosen), true, score[chosen]);
  }
}
