package org.burdenshare.core.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.burdenshare.core.Engine;
import org.burdenshare.core.errors.InvalidQueryException;

/**
 * Checks claims in text: splits it into sentences, picks the check-worthy ones, reads each with the
 * language's patterns and judges it as of the claim date.
 */
public final class ClaimChecker {
  /** The largest text accepted, in characters: a long report is a few hundred thousand. */
  public static final int MAX_TEXT = 1_000_000;

  private final ClaimJudge judge;

  /** The longest sentence the sentence shapes are tried on, in characters. */
  static final int MAX_SHAPED = 1_000;

  /**
   * How much evidence a sentence needs to be read in another language than the text around it: a
   * sentence of names and figures ("NATO: 2.1 %") is read in the text's language.
   */
  static final double SURE = 1.5;

  private final Engine engine;
  private final Readers readers;

  /** The reader of the language given, or null when each sentence's language is detected. */
  private final ClaimReader given;

  /** A checker that reads every sentence in one language. */
  public ClaimChecker(Engine engine, ClaimReader reader) {
    this(engine, null, reader);
  }

  /** A checker that tells each sentence's language and reads it with that language's reader. */
  public ClaimChecker(Engine engine, Readers readers) {
    this(engine, readers, null);
  }

  private final RelatedFigures related;

  private ClaimChecker(Engine engine, Readers readers, ClaimReader given) {
    this.judge = new ClaimJudge(engine);
    this.related = new RelatedFigures(engine);
    this.engine = engine;
    this.readers = readers;
    this.given = given;
  }

  /**
   * A checker for a language given by its code, or detecting each sentence's when {@code language}
   * is null.
   */
  public static ClaimChecker of(Engine engine, Readers readers, String language) {
    if (language == null) {
      return new ClaimChecker(engine, readers);
    }
    ClaimReader reader = readers.get(language);
    if (reader == null) {
      throw new InvalidQueryException(
          "Unknown language '"
              + language
              + "': the reader knows "
              + String.join(", ", readers.codes())
              + ".");
    }
    return new ClaimChecker(engine, reader);
  }

  /**
   * The reader a sentence is read with, or the language it is in when the checker has none for it.
   */
  private record Choice(ClaimReader reader, String code) {}

  /**
   * The language of a text or sentence: the one given, else the one its words speak for; a sentence
   * with too little evidence of its own ({@link #SURE}) is taken to be in the language of the text
   * around it ({@code around}, or null for a sentence alone).
   */
  private Choice choose(String text, Choice around) {
    if (given != null) {
      return new Choice(given, given.language().code());
    }
    LanguageDetector.Guess g = readers.detector().detect(text);
    if (around != null && g.evidence() < SURE) {
      return around;
    }
    return new Choice(g.supported() ? readers.get(g.code()) : null, g.code());
  }

  /** The reason given for a sentence in a language the reader does not have. */
  private String unsupported(String code) {
    return "language not supported (detected: "
        + code
        + "); the reader knows "
        + String.join(", ", readers.codes())
        + ".";
  }

  /** Judges a claim written in the claim language. */
  public Judgement claim(String claimLanguage, LocalDate date) {
    return judge.judge(ClaimParser.parse(claimLanguage), date, Map.of());
  }

  /**
   * Checks one sentence: every claim the composer reads in it, and the reading of a sentence
   * pattern where one matches; a sentence with no claim is unverifiable, with the reason.
   */
  public SentenceCheck sentence(String sentence, LocalDate date) {
    checkText(sentence);
    String s = sentence.strip();
    Choice c = choose(s, null);
    if (c.reader() == null) {
      return SentenceCheck.unread(s, unsupported(c.code())).in(c.code());
    }
    return check(c.reader(), s, date, latestYear(date), true, ClaimComposer.Context.NONE).check();
  }

  /** A sentence checked, and what the next sentence of its article inherits. */
  private record Checked(SentenceCheck check, ClaimComposer.Context next) {}

  /**
   * @param latestYear the latest year of figures published by the date, the same for every sentence
   *     of a text and so worked out once
   */
  private Checked check(
      ClaimReader reader,
      String sentence,
      LocalDate date,
      int latestYear,
      boolean always,
      ClaimComposer.Context context) {
    List<SentenceCheck.ClaimCheck> claims = new ArrayList<>();
    List<Claim> judged = new ArrayList<>(); // each once: equal values are one claim
    String pattern = null;
    ClaimComposer.Composition composed =
        reader.composer().compose(sentence, date, latestYear, context);
    // Another publisher's figures, or plans: the sentence shapes are not asked either.
    // (The shapes are regular expressions: they are tried only on sentences of ordinary length,
    // so that no text can make them backtrack for long; the composer reads in linear time.)
    boolean shapes =
        composed.unverifiable() == null
            && !composed.plans()
            && composed.claims().isEmpty()
            && sentence.length() <= MAX_SHAPED;
    // The shapes know no article: a year the sentence before wrote is given to them as the date's.
    LocalDate shapeDate =
        context.year() != null && !composed.writesYear() ? date.withYear(context.year()) : date;
    // a shape knows no tense: a year after the claim's is a plan's, never judged
    Optional<Reading> reading =
        shapes
            ? reader
                .read(sentence, shapeDate)
                .filter(r -> yearOf(r.claim()) <= date.getYear() && !perPerson(r.claim()))
            : Optional.empty();
    if (reading.isPresent()) {
      Reading r = reading.get();
      pattern = r.pattern();
      for (Claim each : judge.eachMember(r.claim())) {
        judged.add(each);
        claims.add(
            new SentenceCheck.ClaimCheck(
                "pattern " + r.pattern(), judge.judge(each, date, r.statedCounts())));
      }
    }
    List<ClaimComposer.Composed> composedClaims = composed.claims();
    String unverifiable = composed.unverifiable();
    if (composed.source() != null) {
      composedClaims = onPublisher(composed.source(), composedClaims);
      unverifiable =
          composedClaims.isEmpty()
              ? composed.unverifiable()
                  + (composed.claims().isEmpty()
                      ? "."
                      : "; no release of " + composed.source() + " is in the database.")
              : null;
    }
    for (ClaimComposer.Composed c : composedClaims) {
      for (Claim each : judge.eachMember(c.claim())) {
        // (the sentence shapes are asked only when the composer reads nothing: no overlap)
        if (!judged.contains(each)) {
          judged.add(each);
          claims.add(
              new SentenceCheck.ClaimCheck(
                  c.explanation(), c.mentions(), judge.judge(each, date, c.statedCounts())));
        }
      }
    }
    ClaimComposer.Context next = composed.next() == null ? context : composed.next();
    if (claims.isEmpty()) {
      if (!always && !reader.checkworthy(sentence)) {
        return new Checked(null, next);
      }
      // nothing to judge: the figures the sentence points to, for a reader to judge by eye
      List<SentenceCheck.Related> figures =
          related.figures(reader.composer().pointers(sentence, date, context), date);
      return new Checked(
          SentenceCheck.unread(
                  sentence,
                  unverifiable != null
                      ? unverifiable
                      : composed.plans()
                          ? "It speaks of a plan, pledge or forecast: figures not yet published"
                              + " are not judged."
                          : reader.checkworthy(sentence)
                              ? "It mentions figures or spending, but no claim the reader can check."
                              : "It makes no quantitative claim about defence spending that the reader"
                                  + " knows.")
              .in(reader.language().code())
              .withRelated(figures),
          next);
    }
    return new Checked(
        SentenceCheck.of(sentence, pattern == null ? "composed" : pattern, claims)
            .in(reader.language().code())
            .partly(pattern == null ? composed.unread() : List.of()),
        next);
  }

  /**
   * Whether a claim states a sum of money too small to be a budget ("about $2,800 per head"): money
   * per person, which the sentence shapes know no word for (see {@link
   * FigureReadings#SMALLEST_BUDGET}).
   */
  private static boolean perPerson(Claim claim) {
    return claim.right() instanceof Value.Literal l
        && !l.unit().isEmpty()
        && !l.unit().equals("%")
        && l.scale().isEmpty()
        && l.number().compareTo(FigureReadings.SMALLEST_BUDGET) < 0;
  }

  /**
   * The publishers whose figures a claim attributed to them can be judged on, with the indicators
   * of theirs that stand for NATO's: SIPRI's database, once imported.
   */
  private static final Map<String, Map<String, String>> PUBLISHER_INDICATORS =
      Map.of(
          "SIPRI",
          Map.of(
              "defence_exp_current_usd", "sipri_current_usd",
              "defence_exp_constant_usd", "sipri_constant_usd",
              "share_of_gdp", "sipri_share_of_gdp",
              "defence_exp_per_capita_usd", "sipri_per_capita_usd"));

  /** NATO's figures that no other publisher's database holds. */
  private static final java.util.Set<String> ONLY_NATO =
      java.util.Set.of("real_change", "equipment_share", "military_personnel");

  /**
   * Claims attributed to another publisher, restated in that publisher's indicators when the
   * database holds a release of them; none otherwise (they cannot be judged on NATO's figures).
   */
  private List<ClaimComposer.Composed> onPublisher(
      String publisher, List<ClaimComposer.Composed> claims) {
    Map<String, String> indicators = PUBLISHER_INDICATORS.get(publisher);
    if (indicators == null) {
      return List.of();
    }
    boolean held =
        engine.figures().releases().stream()
            .anyMatch(
                r ->
                    indicators.values().stream()
                        .anyMatch(i -> !engine.figures().years(r.id(), i).isEmpty()));
    if (!held) {
      return List.of();
    }
    List<ClaimComposer.Composed> out = new ArrayList<>();
    for (ClaimComposer.Composed c : claims) {
      if (c.claim().figures().stream().anyMatch(f -> ONLY_NATO.contains(f.indicator()))) {
        continue; // no such figure of theirs
      }
      out.add(
          new ClaimComposer.Composed(
              c.claim().withFigures(f -> f.renamed(indicators)),
              c.statedCounts(),
              c.explanation() + ", in " + publisher + "'s figures",
              c.mentions()));
    }
    return out;
  }

  /** The latest year of NATO's share-of-GDP figures published by a date, or 0 when none. */
  private int latestYear(LocalDate date) {
    try {
      var years =
          engine
              .figures()
              .answerableYears(
                  org.burdenshare.core.indicators.Indicators.SHARE_OF_GDP,
                  org.burdenshare.core.releases.ReleaseChoice.asOf(date));
      return years.isEmpty() ? 0 : years.last();
    } catch (InvalidQueryException e) {
      return 0;
    }
  }

  /**
   * Checks a text: every check-worthy sentence. The claim date is {@code asOf} when given, else the
   * first date written in the text, else today.
   */
  public CheckReport text(String text, LocalDate asOf, LocalDate today) {
    checkText(text);
    Choice document = choose(text, null);
    // a text in a language the reader does not have is still split into sentences (by the
    // fallback's rules), so that a sentence in a language it has can be read
    ClaimReader splitter =
        document.reader() != null ? document.reader() : readers.get(readers.detector().fallback());
    LocalDate date = asOf;
    String source = "given";
    if (date == null) {
      Optional<LocalDate> dateline = splitter.dateline(text);
      date = dateline.orElse(today);
      source = dateline.isPresent() ? "dateline" : "today";
    }
    List<String> sentences = splitter.sentences(text);
    List<SentenceCheck> out = new ArrayList<>();
    ClaimComposer.Context context = ClaimComposer.Context.NONE;
    int latest = latestYear(date);
    for (String s : sentences) {
      Choice c = choose(s, document);
      if (c.reader() == null) {
        if (s.chars().anyMatch(Character::isDigit)) {
          out.add(SentenceCheck.unread(s, unsupported(c.code())).in(c.code()));
        }
        continue;
      }
      Checked checked = check(c.reader(), s, date, latest, false, context);
      context = checked.next();
      if (checked.check() != null) {
        out.add(checked.check());
      }
    }
    String message = null;
    if (out.isEmpty()) {
      message =
          document.reader() == null
              ? "No checkable claims: the text is in a language the reader does not have ("
                  + unsupported(document.code())
                  + ")"
              : "No checkable claims: no sentence makes a quantitative claim about defence"
                  + " spending that the reader knows (language: "
                  + document.code()
                  + ").";
    }
    return new CheckReport(
        date, source, sentences.size(), out.size(), out, message, document.code());
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

  /** The year of a claim's first figure (a claim always has one: the shapes write them). */
  private static int yearOf(Claim claim) {
    for (Value v : List.of(claim.left(), claim.right())) {
      Value.Figure f = Value.figureOf(v);
      if (f != null) {
        return f.year();
      }
    }
    return Integer.MIN_VALUE;
  }
}
