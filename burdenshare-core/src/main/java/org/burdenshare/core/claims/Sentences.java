package org.burdenshare.core.claims;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * A text as a reader takes it in, in one language's terms: its sentences (an abbreviation such as
 * "U.S." does not end one) and its dateline (the first date written in it).
 */
final class Sentences {
  private Sentences() {}

  /** Longer than any abbreviation of any language, with the space before it. */
  private static final int LONGEST_ABBREVIATION = 40;

  /** Where a paragraph ends: a blank line, or a line break. */
  private static final java.util.regex.Pattern PARAGRAPHS =
      java.util.regex.Pattern.compile("\\n\\s*\\n|\\r?\\n");

  /** Where a sentence may end: after . ! or ?, before a capital or a digit. */
  private static final java.util.regex.Pattern SENTENCE_ENDS =
      java.util.regex.Pattern.compile("(?<=[.!?][\"”’']?)\\s+(?=[\"“‘']?[A-Z0-9])");

  /** Whether {@code text} ends with a space and then {@code word}. */
  private static boolean endsWithWord(String text, String word) {
    int at = text.length() - word.length() - 1;
    return at >= 0 && text.charAt(at) == ' ' && text.endsWith(word);
  }

  /** Whether text ends with a day and its dot ("1.") and the next piece opens with a month. */
  private static boolean dayBeforeMonth(CharSequence text, String next, Language language) {
    int n = text.length();
    int digits = 0;
    while (digits < 3 && n - 2 - digits >= 0 && Character.isDigit(text.charAt(n - 2 - digits))) {
      digits++;
    }
    boolean day =
        n > 0
            && text.charAt(n - 1) == '.'
            && (digits == 1 || digits == 2)
            && (n - 2 - digits < 0 || text.charAt(n - 2 - digits) == ' ');
    if (!day) {
      return false;
    }
    int end = 0;
    while (end < next.length() && Character.isLetter(next.charAt(end))) {
      end++;
    }
    return language.months().containsKey(WordPatterns.normalise(next.substring(0, end)));
  }

  /** Splits a text into sentences, keeping abbreviations such as "U.S." inside them. */
  static List<String> split(String text, Language language) {
    List<String> out = new ArrayList<>();
    for (String paragraph : PARAGRAPHS.split(text)) {
      String p = paragraph.strip();
      if (p.isEmpty()) {
        continue;
      }
      StringBuilder current = new StringBuilder();
      String[] pieces = SENTENCE_ENDS.split(p);
      for (int k = 0; k < pieces.length; k++) {
        String piece = pieces[k];
        current.append(current.length() == 0 ? "" : " ").append(piece);
        if (k + 1 < pieces.length && dayBeforeMonth(current, pieces[k + 1], language)) {
          continue; // "1. Juli 2024": the day of a date, not the end of a sentence
        }
        // only the end of what is gathered can be an abbreviation: looked at alone, so that a text
        // of many abbreviations is not copied again for each
        String lower =
            current
                .substring(Math.max(0, current.length() - LONGEST_ABBREVIATION))
                .toLowerCase(Locale.ROOT);
        boolean whole = current.length() <= LONGEST_ABBREVIATION;
        boolean abbreviation = false;
        for (String a : language.abbreviations()) {
          if (endsWithWord(lower, a) || whole && lower.equals(a)) {
            abbreviation = true;
            break;
          }
        }
        if (!abbreviation) {
          out.add(current.toString().strip());
          current.setLength(0);
        }
      }
      if (current.length() > 0) {
        out.add(current.toString().strip());
      }
    }
    return out;
  }

  /** A language's ways of writing a date, compiled once. */
  static final class Datelines {
    private final Language language;
    private final java.util.regex.Pattern monthFirst;
    private final java.util.regex.Pattern dayFirst;

    Datelines(Language language) {
      this.language = language;
      String months = WordPatterns.alternation(language.months().keySet());
      monthFirst =
          java.util.regex.Pattern.compile(
              "\\b(" + months + ")\\s+(\\d{1,2}),?\\s+(\\d{4})\\b",
              java.util.regex.Pattern.CASE_INSENSITIVE);
      dayFirst =
          java.util.regex.Pattern.compile(
              "\\b(\\d{1,2})\\.?\\s+(" + months + ")\\s+(\\d{4})\\b",
              java.util.regex.Pattern.CASE_INSENSITIVE);
    }

    /** The first date written in the text ("Nov. 28, 2019", "28 November 2019", "2019-11-28"). */
    Optional<LocalDate> first(String text) {
      return dateline(text, language, monthFirst, dayFirst);
    }
  }

  private static final java.util.regex.Pattern ISO =
      java.util.regex.Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

  private static Optional<LocalDate> dateline(
      String text,
      Language language,
      java.util.regex.Pattern monthFirst,
      java.util.regex.Pattern dayFirst) {
    java.util.regex.Pattern iso = ISO;
    int best = Integer.MAX_VALUE;
    LocalDate found = null;
    for (java.util.regex.Pattern p : List.of(monthFirst, dayFirst, iso)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        try {
          LocalDate d =
              p == iso
                  ? LocalDate.of(
                      Integer.parseInt(m.group(1)),
                      Integer.parseInt(m.group(2)),
                      Integer.parseInt(m.group(3)))
                  : p == monthFirst
                      ? LocalDate.of(
                          Integer.parseInt(m.group(3)),
                          language.months().get(WordPatterns.normalise(m.group(1))),
                          Integer.parseInt(m.group(2)))
                      : LocalDate.of(
                          Integer.parseInt(m.group(3)),
                          language.months().get(WordPatterns.normalise(m.group(2))),
                          Integer.parseInt(m.group(1)));
          if (m.start() < best) {
            best = m.start();
            found = d;
          }
          break;
        } catch (DateTimeException | NullPointerException e) {
          // not a date after all; look further
        }
      }
    }
    return Optional.ofNullable(found);
  }
}
