package org.burdenshare.core.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.burdenshare.core.Tries;
import org.junit.jupiter.api.Test;

/**
 * The sentence shapes' word lists are written as a tree of letters for speed; a shape must match
 * exactly what it matched as a list, and take the same word (the longest that lets the rest of the
 * shape match).
 */
class WordTrieTest {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final List<String> WORDS =
      List.of(
          "the united states",
          "united states",
          "the us",
          "us",
          "u.s.",
          "the u.s.",
          "germany",
          "german",
          "greece",
          "greek",
          "türkiye",
          "the netherlands",
          "nine",
          "nineteen",
          "ninety",
          "a",
          "an",
          "państwa",
          "ue");

  private static final List<String> FILLER =
      List.of(" ", "  ", "\t", ", ", "'s ", "spends ", "more ", "belarus ", "x", "é", "1", ".");

  @Test
  void aTreeOfLettersMatchesWhatTheListMatchedAndTakesTheSameWord() {
    String list = WordPatterns.alternation(WORDS);
    String tree = WordPatterns.trie(WORDS);
    assertThat(tree).isNotEqualTo(list); // the tree is in use for these words
    // as the shapes use the words: whole words, then what must follow
    for (String after : List.of("", "(?:'s)? spends", " states", "e(?:en|ty)")) {
      Pattern old =
          Pattern.compile("(?<w>(?<![\\p{L}])(?:" + list + ")(?![\\p{L}]))" + after, FLAGS);
      Pattern now = Pattern.compile("(?<w>" + WordPatterns.word(WORDS) + ")" + after, FLAGS);
      Tries.check(
          400,
          22L,
          r -> {
            String text = text(r);
            assertThat(matches(now, text)).as(text).isEqualTo(matches(old, text));
          });
    }
  }

  @Test
  void wordsThatDifferOnlyInCaseKeepTheList() {
    List<String> words = List.of("US", "us", "germany");
    assertThat(WordPatterns.trie(words)).isEqualTo(WordPatterns.alternation(words));
  }

  @Test
  void aWordThatEndsWhereALongerOneGoesOnIsTheBranchesLastAlternative() {
    assertThat(WordPatterns.trie(List.of("german", "germany"))).isEqualTo("germany?");
    assertThat(WordPatterns.trie(List.of("greek", "greece", "german", "us", "the us", "u.s.")))
        .isEqualTo("(?:g(?:erman|ree(?:ce|k))|the\\s+us|u(?:\\x{2e}s\\x{2e}|s))");
  }

  private static String text(Random r) {
    StringBuilder b = new StringBuilder();
    int parts = 1 + r.nextInt(8);
    for (int i = 0; i < parts; i++) {
      String w =
          r.nextBoolean()
              ? WORDS.get(r.nextInt(WORDS.size()))
              : FILLER.get(r.nextInt(FILLER.size()));
      b.append(r.nextInt(4) == 0 ? w.toUpperCase(java.util.Locale.ROOT) : w);
    }
    return b.toString();
  }

  /** Every match, with its span and the word taken. */
  private static List<String> matches(Pattern p, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(m.start() + "-" + m.end() + ":" + m.group("w"));
    }
    return out;
  }
}
