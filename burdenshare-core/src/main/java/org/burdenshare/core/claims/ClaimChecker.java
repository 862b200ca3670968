package org.burdenshare.core.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.burdenshare.core.Engine;
import org.burdenshare.core.InvalidQueryException;

/**
 * Checks claims in text: splits it into sentences, picks the check-worthy ones, reads each with the
 * language's patterns and judges it as of the claim date.
 */
public final class ClaimChecker {
  /** The largest text accepted, in characters: a long report is a few hundred thousand. */
  public static final int MAX_TEXT = 1_000_000;

  private final ClaimJudge judge;
  private final ClaimReader reader;

  public ClaimChecker(Engine engine, ClaimReader reader) {
    this.judge = new ClaimJudge(engine);
    this.reader = reader;
  }

  public ClaimReader reader() {
    return reader;
  }

  /** Judges a claim written in the claim language. */
  public Judgement claim(String claimLanguage, LocalDate date) {
    return judge.judge(ClaimParser.parse(claimLanguage), date, Map.of());
  }

  /** Checks one sentence; a sentence no pattern reads is unverifiable, with the reason. */
  public SentenceCheck sentence(String sentence, LocalDate date) {
    checkText(sentence);
    Optional<Reading> reading = reader.read(sentence, date);
    if (reading.isEmpty()) {
      return SentenceCheck.unread(
          sentence.strip(),
          reader.checkworthy(sentence)
              ? "It mentions figures or spending, but not in a form the reader knows how to check."
              : "It makes no quantitative claim about defence spending that the reader knows.");
    }
    Reading r = reading.get();
    return SentenceCheck.of(
        sentence.strip(), r.pattern(), judge.judge(r.claim(), date, r.statedCounts()));
  }

  /**
   * Checks a text: every check-worthy sentence. The claim date is {@code asOf} when given, else the
   * first date written in the text, else today.
   */
  public CheckReport text(String text, LocalDate asOf, LocalDate today) {
    checkText(text);
    LocalDate date = asOf;
    String source = "given";
    if (date == null) {
      Optional<LocalDate> dateline = reader.dateline(text);
      date = dateline.orElse(today);
      source = dateline.isPresent() ? "dateline" : "today";
    }
    List<String> sentences = reader.sentences(text);
    List<SentenceCheck> out = new ArrayList<>();
    for (String s : sentences) {
      Optional<Reading> reading = reader.read(s, date);
      if (reading.isPresent()) {
        Reading r = reading.get();
        out.add(SentenceCheck.of(s, r.pattern(), judge.judge(r.claim(), date, r.statedCounts())));
      } else if (reader.checkworthy(s)) {
        out.add(
            SentenceCheck.unread(
                s,
                "It mentions figures or spending, but not in a form the reader knows how to check."));
      }
    }
    return new CheckReport(
        date,
        source,
        sentences.size(),
        out.size(),
        out,
        out.isEmpty()
            ? "No checkable claims: no sentence makes a quantitative claim about defence spending"
                + " that the reader knows (language: "
                + reader.language().code()
                + ")."
            : null);
  }

  /** Refuses what is not text to check: empty, too long, or binary. */
  static void checkText(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidQueryException("The text is empty: give a sentence or an article to check.");
    }
    if (text.length() > MAX_TEXT) {
      throw new InvalidQueryException(
          "The text is "
              + text.length()
              + " characters long; at most "
              + MAX_TEXT
              + " are checked. Split it into parts.");
    }
    long control =
        text.chars()
            .filter(c -> c == 0 || c == 0xFFFD || (c < 32 && c != '\n' && c != '\r' && c != '\t'))
            .count();
    if (control > 0 && control * 100 > text.length()) {
      throw new InvalidQueryException(
          "This does not look like text (it holds binary data). Give plain text, UTF-8.");
    }
  }
}
