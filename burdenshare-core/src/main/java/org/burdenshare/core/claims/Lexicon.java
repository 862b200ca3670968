package org.burdenshare.core.claims;

import java.util.List;
import java.util.Map;

/**
 * The words of one language that the compositional reader looks for, as data. The categories are
 * the {@link Cue}s: a lexicon names every one (an empty list where the language has no words for
 * it) and no other, or it is refused when it loads. The reader knows the categories (what a cue
 * does); which words belong to each is the language's.
 *
 * @param cues phrases by category, lower case: {@code gdp} ("of gdp", "economic output"), {@code
 *     perCapita}, {@code equipment}, {@code members} ("allies", "member states"), {@code guideline}
 *     ("target", "goal"), {@code meet} ("meet", "reach"), {@code below} ("fall short"), {@code
 *     rankHigh} ("highest", "biggest"), {@code rankLow} ("lowest", "least"), {@code rankContext}
 *     ("among", "out of", "place"), {@code fromBottom} ("from last", "from the bottom"), {@code up}
 *     ("increase", "rose"), {@code down} ("cut", "fell"), {@code real} ("in real terms", "above
 *     inflation"), {@code total} ("of the total", "accounts for"), {@code otherThan} ("other than",
 *     "besides", "excluding"), {@code past} (past-tense verbs: "spent", "met"), {@code plan}
 *     ("plans to", "aims", "will"), {@code previous} ("up from", "compared with"), {@code
 *     amountChange} ("an increase of", "an extra"), {@code average} ("average"), {@code oneOf}
 *     ("among the", "one of the": a superlative after it states no place), {@code between}
 *     ("between": the first year of "between 2014 and 2019" is a baseline as after "since"), {@code
 *     since} ("since": the year after it is a baseline that a change is counted from, not the year
 *     a figure is about), {@code skip} (quantities other than spending: "more troops than" compares
 *     no spending), {@code present} ("now", "currently": the sentence's own time, which a year
 *     carried from the sentence before does not override), {@code toLevel} ("to" in "rose to 2 %":
 *     the number is the level reached, not the change), {@code definite} (articles that may stand
 *     between a hedge and its number: "at least the 2 %", "almeno il 2 %"), {@code reference} (an
 *     article that makes a percentage a standard named rather than a figure stated: English "the 5
 *     percent demanded by …"; empty where the article comes with figures too, as in Spanish
 *     "destina el 1,3 %"), {@code region} ("Europe", "European": a ranking said within a region is
 *     not the alliance's), {@code less} ("less", "fewer": with {@code more} and {@code than}, one
 *     ally against others), {@code joined} ("joined", "accession") and {@code agreed} ("agreed",
 *     "set"): a year right after them dates an event, not figures; {@code agreedAfter} the same
 *     where the participle follows the year (German "das 2014 beschlossene Ziel"); {@code
 *     lastYears} ("over the past", "in den vergangenen") and {@code yearsWord} ("years", "Jahren")
 *     around a number: years counted back from the claim's date, a baseline as after "since";
 *     {@code followedBy} ("followed by", "gefolgt von"): after the top or the bottom of a ranking,
 *     the allies named next take the next places
 * @param ordinals ordinal words and their numbers ("third" → 3, "20th" is read by {@code
 *     ordinalSuffix})
 * @param ordinalSuffix a regular expression for the letters after digits that make an ordinal
 *     ("st|nd|rd|th"), or empty
 * @param percent words and signs that make a number a percentage ("%", "percent", "per cent")
 * @param points words that make it percentage points ("percentage points")
 * @param sources other publishers' names, to the name to give ("sipri" → "SIPRI"): figures
 *     attributed to them are not NATO's
 * @param fractions fractions of a whole written as words, to the percentage they stand for ("two
 *     thirds" → "66.67"): read as a share of a total, approximately (within 5 %) unless a hedge
 *     says otherwise ("more than two thirds")
 * @param elisions articles and prepositions written joined to the next word with an apostrophe
 *     ("l'", "d'", "dell'"), split off so that "l'Allemagne" names Germany
 */
public record Lexicon(
    Map<String, List<String>> cues,
    Map<String, Integer> ordinals,
    String ordinalSuffix,
    List<String> percent,
    List<String> points,
    Map<String, String> sources,
    Map<String, String> fractions,
    List<String> elisions) {

  public Lexicon {
    elisions = elisions == null ? List.of() : List.copyOf(elisions);
    cues = cues == null ? Map.of() : Map.copyOf(cues);
    if (!cues.isEmpty()) {
      Cue.check(cues.keySet()); // a lexicon names every role the reader knows, and no other
    }
    ordinals = ordinals == null ? Map.of() : Map.copyOf(ordinals);
    ordinalSuffix = ordinalSuffix == null ? "" : ordinalSuffix;
    percent = percent == null ? List.of() : List.copyOf(percent);
    points = points == null ? List.of() : List.copyOf(points);
    sources = sources == null ? Map.of() : Map.copyOf(sources);
    fractions = fractions == null ? Map.of() : Map.copyOf(fractions);
  }

  public static Lexicon empty() {
    return new Lexicon(Map.of(), Map.of(), "", List.of(), List.of(), Map.of(), Map.of(), List.of());
  }

  public List<String> cue(String category) {
    return cues.getOrDefault(category, List.of());
  }
}
