package org.burdenshare.core.claims;

import java.util.List;
import java.util.Map;

/**
 * Everything the reader knows about one language, as data: adding a language is adding one of these
 * (a JSON file in the store), not code.
 *
 * @param code ISO 639-1 code ("en")
 * @param subjects phrases that name a country or group, lower case, mapped to a group expression
 *     ("the u.s." → USA, "german" → DEU, "european allies and canada" → NATO_EUROPE_CANADA)
 * @param numbers number words and their values ("nine" → 9)
 * @param scales scale words and the scale they mean ("bn" → billion)
 * @param currencies currency signs and words and their codes ("$" → USD, "euros" → EUR)
 * @param hedges hedge words and what they do to a claim: "within 5%", or an operator (&gt;, &lt;,
 *     &gt;=, &lt;=)
 * @param months month names and abbreviations, lower case, to their number, for datelines
 * @param relativeYears phrases for years relative to the claim date ("last year" → -1)
 * @param slots regular expressions for the slot types that patterns use, which may refer to other
 *     slots ({count} inside {others})
 * @param patterns sentence patterns, tried in order, each with the claim it makes
 * @param checkworthy words that make a sentence worth checking even when no pattern reads it
 * @param abbreviations abbreviations that end in a full stop but do not end a sentence
 * @param decimalComma true where numbers are written 1,38 and 1 000 (French), false for 1.38 and
 *     1,000 (English)
 * @param lexicon the cue words of the compositional reader (an empty lexicon reads nothing)
 * @param frequentWords the language's most frequent words (articles, prepositions, pronouns,
 *     auxiliaries), lower case, by which {@link LanguageDetector} tells it from the others
 * @param letters the letters that few other languages write ("ąćęłńśźż"), for the same
 */
public record Language(
    String code,
    Map<String, String> subjects,
    Map<String, Integer> numbers,
    Map<String, String> scales,
    Map<String, String> currencies,
    Map<String, String> hedges,
    Map<String, Integer> months,
    Map<String, Integer> relativeYears,
    Map<String, String> slots,
    List<Pattern> patterns,
    List<String> checkworthy,
    List<String> abbreviations,
    boolean decimalComma,
    Lexicon lexicon,
    List<String> frequentWords,
    String letters) {

  public Language {
    subjects = subjects == null ? Map.of() : subjects;
    numbers = numbers == null ? Map.of() : numbers;
    scales = scales == null ? Map.of() : scales;
    currencies = currencies == null ? Map.of() : currencies;
    hedges = hedges == null ? Map.of() : hedges;
    for (Map.Entry<String, String> h : hedges.entrySet()) {
      try {
        Hedge.of(h.getValue());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "language " + code + ", hedge '" + h.getKey() + "': " + e.getMessage(), e);
      }
    }
    months = months == null ? Map.of() : months;
    relativeYears = relativeYears == null ? Map.of() : relativeYears;
    slots = slots == null ? Map.of() : slots;
    patterns = patterns == null ? List.of() : patterns;
    checkworthy = checkworthy == null ? List.of() : checkworthy;
    abbreviations = abbreviations == null ? List.of() : abbreviations;
    lexicon = lexicon == null ? Lexicon.empty() : lexicon;
    frequentWords = frequentWords == null ? List.of() : List.copyOf(frequentWords);
    letters = letters == null ? "" : letters;
  }

  /** What tells this language from others: its frequent words and letters. */
  public LanguageDetector.Profile profile() {
    return new LanguageDetector.Profile(code, frequentWords, letters);
  }

  /**
   * The phrases of the language's lexicon (names of countries and groups, number and month words,
   * hedges, scales, currencies and cue words): they speak for the language too, at a lower weight
   * than its frequent words.
   */
  public java.util.Set<String> vocabulary() {
    java.util.Set<String> out = new java.util.HashSet<>();
    out.addAll(subjects.keySet());
    out.addAll(numbers.keySet());
    out.addAll(scales.keySet());
    out.addAll(currencies.keySet());
    out.addAll(hedges.keySet());
    out.addAll(months.keySet());
    out.addAll(relativeYears.keySet());
    lexicon.cues().values().forEach(out::addAll);
    out.addAll(lexicon.ordinals().keySet());
    out.addAll(lexicon.percent());
    out.addAll(lexicon.points());
    out.addAll(lexicon.fractions().keySet());
    return out;
  }

  /**
   * A sentence pattern: a regular expression with slots such as {subject}, {others}, {percent},
   * {money}, {count}, {year} and {hedge}, and the claim it makes, in the claim language with
   * ${name} for the slots' values.
   */
  public record Pattern(String id, String regex, String claim) {}
}
