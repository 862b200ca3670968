package org.burdenshare.core.claims;

import static org.burdenshare.core.claims.CountReadings.counts;
import static org.burdenshare.core.claims.CountReadings.threshold;
import static org.burdenshare.core.claims.FigureReadings.percent;
import static org.burdenshare.core.claims.MoneyReadings.money;
import static org.burdenshare.core.claims.RankReadings.rankings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.burdenshare.core.claims.Mentions.Amount;
import org.burdenshare.core.claims.Mentions.Entity;
import org.burdenshare.core.claims.Tokens.Kind;
import org.burdenshare.core.claims.Tokens.Token;

/**
 * Reads the claims of a sentence by composition: first the <em>mentions</em> (countries and groups,
 * numbers with their units and hedges, years, and cue words of the language's {@link Lexicon}),
 * then <em>claims</em> built from them — each number that a cue gives a role (a share of GDP, an
 * amount of money, a count of allies at a guideline, a place in a ranking, a change, a share of the
 * alliance's total) becomes one claim about the country or group it belongs to, in the year it is
 * about. A sentence can hold several claims; a number no cue explains makes none. The code knows
 * the roles; the words are the language's.
 */
public final class ClaimComposer {
  private final MentionFinder finder;

  public ClaimComposer(Language language) {
    this.finder = new MentionFinder(language);
  }

  /** A claim composed from mentions, with the words it rests on. */
  public record Composed(
      Claim claim, Map<String, Integer> statedCounts, String explanation, List<String> mentions) {
    public Composed(Claim claim, Map<String, Integer> statedCounts, String explanation) {
      this(claim, statedCounts, explanation, List.of());
    }

    /** The same claim, with the words of the sentence it was read from. */
    Composed citing(List<String> words) {
      return new Composed(claim, statedCounts, explanation, List.copyOf(words));
    }
  }

  /**
   * The claims a sentence makes, or why it makes none that can be judged.
   *
   * @param unverifiable why no claim of the sentence can be judged (another publisher's figures),
   *     or null
   * @param plans whether the sentence speaks of plans or pledges, whose figures are not published
   * @param source the other publisher the sentence attributes its figures to, or null
   * @param writesYear whether the sentence writes a year of its own ("in 2021", "last year")
   * @param unread the figures of the sentence that no claim was read from ("2.4%", "$28 billion"):
   *     a sentence with claims and unread figures is only partly checked
   */
  public record Composition(
      List<Composed> claims,
      String unverifiable,
      boolean plans,
      Context next,
      String source,
      boolean writesYear,
      List<String> unread) {

    /** The composition of a sentence, with what the next sentence of its article inherits. */
    static Composition of(Mentions m, List<Composed> claims, String unverifiable, boolean plans) {
      return of(m, claims, unverifiable, plans, List.of());
    }

    static Composition of(
        Mentions m,
        List<Composed> claims,
        String unverifiable,
        boolean plans,
        List<String> unread) {
      return new Composition(
          claims,
          unverifiable,
          plans,
          CarriedContext.next(m),
          m.sources().isEmpty() ? null : m.sources().get(0),
          !m.years().isEmpty(),
          List.copyOf(unread));
    }
  }

  /**
   * What the sentences of an article before this one said that this one may leave unsaid.
   *
   * @param subject the last country named, for "it", "the country" (the language's {@code anaphor}
   *     cues), or null
   * @param gdp whether the article speaks of shares of GDP
   * @param year the year the sentence before wrote ("In 2021, …"), which a sentence without one
   *     speaks of too, or null
   */
  public record Context(String subject, boolean gdp, Integer year) {
    public static final Context NONE = new Context(null, false, null);

    public Context(String subject, boolean gdp) {
      this(subject, gdp, null);
    }
  }

  /**
   * Composes the claims of a sentence written on a date.
   *
   * @param latestYear the latest year of the figures published by that date (a sentence in the
   *     present tense without a year speaks of them), or 0 when unknown
   */
  public Composition compose(String sentence, LocalDate date, int latestYear) {
    return compose(sentence, date, latestYear, Context.NONE);
  }

  /**
   * Composes the claims of a sentence of an article, with what the sentences before it said: the
   * country they spoke of ("It now spends the most of all allies") and whether they spoke of shares
   * of GDP.
   */
  public Composition compose(String sentence, LocalDate date, int latestYear, Context context) {
    if (sentence.length() <= MAX_READ) {
      return composeOne(sentence, date, latestYear, context);
    }
    // Not a sentence a person writes (the longest news sentences are a few hundred characters):
    // read in pieces of at most MAX_READ characters, so that the readings, which relate each
    // mention to the others of its sentence, take time linear in the text.
    List<Composed> claims = new ArrayList<>();
    String unverifiable = null;
    boolean plans = false;
    String source = null;
    boolean writesYear = false;
    List<String> unread = new ArrayList<>();
    Context next = context;
    for (String piece : pieces(sentence)) {
      Composition c = composeOne(piece, date, latestYear, next);
      claims.addAll(c.claims());
      unverifiable = unverifiable == null ? c.unverifiable() : unverifiable;
      plans |= c.plans();
      source = source == null ? c.source() : source;
      writesYear |= c.writesYear();
      unread.addAll(c.unread());
      next = c.next();
    }
    return new Composition(claims, unverifiable, plans, next, source, writesYear, unread);
  }

  /**
   * What a sentence names — countries and groups, years, spending measures — for showing the
   * figures it points to when no claim could be read from it (only a sentence of ordinary length).
   */
  RelatedFigures.Pointers pointers(String sentence, LocalDate date, Context context) {
    if (sentence.length() > MAX_READ) {
      return RelatedFigures.Pointers.NONE;
    }
    return RelatedFigures.pointers(finder.mentions(sentence).with(0, false, context), date);
  }

  /** The longest stretch of text read as one sentence, in characters. */
  static final int MAX_READ = 1_000;

  /**
   * An over-long sentence cut into pieces of at most {@link #MAX_READ} characters: after the last
   * clause mark (";", ",", ":") or else the last space of each stretch, or at the limit where there
   * is neither.
   */
  static List<String> pieces(String sentence) {
    List<String> out = new ArrayList<>();
    int from = 0;
    while (from < sentence.length()) {
      int end = Math.min(sentence.length(), from + MAX_READ);
      if (end < sentence.length()) {
        int cut = -1;
        for (int i = end - 1; i > from + MAX_READ / 2 && cut < 0; i--) {
          char c = sentence.charAt(i);
          cut = c == ';' || c == ',' || c == ':' ? i + 1 : -1;
        }
        for (int i = end - 1; i > from + MAX_READ / 2 && cut < 0; i--) {
          cut = Character.isWhitespace(sentence.charAt(i)) ? i + 1 : -1;
        }
        end = cut > 0 ? cut : end;
        if (Character.isHighSurrogate(sentence.charAt(end - 1))) {
          end--; // never between the two halves of a character
        }
      }
      out.add(sentence.substring(from, end));
      from = end;
    }
    return out;
  }

  private Composition composeOne(String sentence, LocalDate date, int latestYear, Context context) {
    Mentions m = finder.mentions(sentence).with(latestYear, false, context);
    if (m.has("conditional", 0, Math.min(2, m.tokens().size()))) {
      // "If Denmark had spent 3 percent …": a figure supposed, not stated
      return Composition.of(m, List.of(), null, true);
    }
    List<Composed> out = new ArrayList<>();
    java.util.Set<Amount> used = new java.util.HashSet<>();
    Amount threshold = threshold(m, used);
    m = m.with(latestYear, threshold != null, context);
    counts(m, date, threshold, used, out);
    if (out.isEmpty()) {
      EveryAlly.read(m, date, threshold, used, out);
    }
    if (out.isEmpty()) {
      GuidelineReadings.met(m, date, threshold, out);
    }
    if (out.isEmpty()
        && threshold != null
        && !CountReadings.calledGuideline(m, threshold)
        && !fractionOfAllies(m)) {
      // "the Baltic states spend more than 3 %", "Germany will reach 2.1 %": a bound taken for a
      // count's that counted nothing is a figure of its own (a fraction of the allies is a count,
      // not judged)
      used.remove(threshold);
    }
    OnlyOnes.read(m, date, out);
    rankings(finder, m, date, out);
    PlaceReadings.impliedPlaces(m, date, out);
    PlaceReadings.thanAnyOther(m, date, out);
    PlaceReadings.noneMore(m, date, out);
    ConsecutiveReadings.consecutive(m, date, out);
    MultipleReadings.multiples(m, date, out);
    int beforeComparisons = out.size();
    ComparisonReadings.comparisons(m, date, out);
    boolean compared = out.size() > beforeComparisons;
    cite(m, out, 0, 0, m.tokens().size());
    java.util.Map<Amount, Composed> shares = new java.util.HashMap<>();
    for (Amount a : m.amounts()) {
      if (used.contains(a)) {
        continue;
      }
      int before = out.size();
      switch (a.unit()) {
        case PERCENT -> percent(m, a, date, out);
        case MONEY -> money(m, a, date, out);
        default -> {}
      }
      if (out.size() > before) {
        used.add(a);
        Composed first = out.get(before);
        if (first.claim().left() instanceof Value.Figure f
            && f.indicator().equals("share_of_gdp")
            && Anchors.isCountry(f.group())) {
          shares.put(a, first);
        }
      }
      cite(m, out, before, m.clauseStart(a.from()), a.to());
    }
    int beforeLists = out.size();
    List<int[]> listed = ListReadings.elliptic(m, date, shares, used, out);
    for (int i = listed.size() - 1; i >= 0; i--) {
      // from the last, as citing gives words to every claim from an index on that has none
      cite(m, out, beforeLists + i, listed.get(i)[0], listed.get(i)[1]);
    }
    if (out.isEmpty()) {
      DirectionReadings.directions(m, date, out);
    }
    List<String> unread = new ArrayList<>();
    for (Amount a : m.amounts()) {
      if (!used.contains(a) && Unread.stated(m, a, date)) {
        unread.add(words(m, a.from(), a.to()));
      }
    }
    if (!compared) {
      unread.addAll(Unread.comparisons(m));
    }
    if (out.isEmpty() && fractionOfAllies(m)) {
      // "half of the allies spend more than 2.5 %": not the alliance's ratio, which the sentence
      // shapes would read
      return Composition.of(
          m,
          out,
          "It speaks of a fraction of the allies (\"half\", \"two thirds\"): the checker counts"
              + " allies by number, so it is not judged.",
          plans(m, date));
    }
    if (out.isEmpty() && m.has("otherMeasure") && !m.has("defence")) {
      // "Spain spends 10 % of its GDP on health": not for the sentence shapes to read either
      return Composition.of(
          m,
          out,
          "It gives figures of another measure than defence spending (debt, a deficit, growth,"
              + " health …).",
          plans(m, date));
    }
    if (out.isEmpty() && m.has("fiscal")) {
      return Composition.of(
          m,
          out,
          "It gives a national budget's figures for a fiscal year, not NATO's calendar-year"
              + " defence expenditure.",
          plans(m, date));
    }
    if (!m.sources().isEmpty()) {
      // Another publisher's figures: the claims are composed all the same, so that the checker
      // can judge them on that publisher's release where the database holds one.
      return Composition.of(
          m,
          out,
          "It gives figures of "
              + String.join(", ", m.sources().stream().distinct().toList())
              + ", not NATO's",
          plans(m, date));
    }
    return Composition.of(m, out, null, plans(m, date), unread);
  }

  /** Whether a fraction in words stands right before a group: "half of the allies". */
  private static boolean fractionOfAllies(Mentions m) {
    for (Amount f : m.amounts()) {
      for (Entity e : m.entities()) {
        // (not "two thirds of the alliance's spending": a share of a total)
        if (f.fraction()
            && !Anchors.isCountry(e.group())
            && e.from() >= f.to()
            && e.from() - f.to() <= 2
            && !m.has("spender", f.to(), e.from())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a sentence speaks of plans: their words, or a figure for a year to come ("will spend 5
   * % of GDP next year"). The future tense alone is no plan: "Germany will spend 2.1 % this year"
   * is NATO's estimate, and news often leaves "this year" out.
   */
  private static boolean plans(Mentions m, LocalDate date) {
    return m.has("plan")
        || m.amounts().stream()
            .anyMatch(
                a ->
                    Anchors.year(m, a, date) > date.getYear()
                        || Anchors.required(m, a)
                        || Anchors.foretold(m, a)
                        // a share asked of others ("exige que les alliés consacrent 5 %")
                        || a.unit() == Mentions.Unit.PERCENT && Demands.askedOf(m, a));
  }

  /** The words of tokens [from, to) as written, signs joined to what they follow. */
  static String words(Mentions m, int from, int to) {
    StringBuilder w = new StringBuilder();
    for (int i = from; i < to; i++) {
      Token t = m.tokens().get(i);
      boolean glue = w.length() == 0 || t.kind() == Kind.SIGN || t.is(Tokens.POSSESSIVE);
      w.append(glue ? "" : " ").append(t.text());
    }
    return w.toString();
  }

  /**
   * Gives the claims composed from index {@code from} on the mentions they rest on: the countries
   * and groups, numbers, ordinals and years named in tokens [start, end). Claims that already cite
   * words keep them.
   */
  private static void cite(Mentions m, List<Composed> out, int from, int start, int end) {
    if (from >= out.size()) {
      return; // no claim to give them to
    }
    List<int[]> spans = new ArrayList<>();
    m.entities().forEach(e -> spans.add(new int[] {e.from(), e.to()}));
    m.amounts().forEach(a -> spans.add(new int[] {a.from(), a.to()}));
    m.ordinals().forEach(o -> spans.add(new int[] {o.at(), o.end()}));
    m.years().stream()
        .filter(y -> !y.relative())
        .forEach(y -> spans.add(new int[] {y.at(), y.end()}));
    spans.sort(java.util.Comparator.comparingInt(x -> x[0]));
    List<String> words = new ArrayList<>();
    for (int[] sp : spans) {
      if (sp[0] >= start && sp[1] <= end) {
        words.add(words(m, sp[0], sp[1]));
      }
    }
    for (int i = from; i < out.size(); i++) {
      if (out.get(i).mentions().isEmpty()) {
        out.set(i, out.get(i).citing(words));
      }
    }
  }
}
