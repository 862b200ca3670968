package org.burdenshare.core.claims;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.burdenshare.core.InvalidQueryException;
import org.burdenshare.core.claims.Tokens.Kind;
import org.burdenshare.core.claims.Tokens.Token;
import org.burdenshare.core.groups.PublishedAggregates;

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
  private final Language language;
  private final Lexicon lex;
  private final PhraseIndex subjects;
  private final Map<String, PhraseIndex> cues = new HashMap<>();
  private final PhraseIndex hedges;
  private final PhraseIndex scales;
  private final PhraseIndex currencies;
  private final PhraseIndex percentWords;
  private final PhraseIndex pointsWords;
  private final PhraseIndex numberWords;
  private final PhraseIndex fractions;
  private final PhraseIndex ordinalWords;
  private final PhraseIndex relativeYears;
  private final PhraseIndex sources;
  private final java.util.regex.Pattern ordinalSuffix;

  public ClaimComposer(Language language) {
    this.language = language;
    this.lex = language.lexicon();
    boolean dc = language.decimalComma();
    List<String> el = lex.elisions();
    this.subjects = new PhraseIndex(language.subjects(), dc, el);
    lex.cues().forEach((k, v) -> cues.put(k, PhraseIndex.of(v, dc, el)));
    this.hedges = new PhraseIndex(language.hedges(), dc, el);
    this.scales = new PhraseIndex(language.scales(), dc, el);
    this.currencies = new PhraseIndex(language.currencies(), dc, el);
    this.percentWords = PhraseIndex.of(lex.percent(), dc, el);
    this.pointsWords = PhraseIndex.of(lex.points(), dc, el);
    Map<String, String> words = new HashMap<>();
    language.numbers().forEach((k, v) -> words.put(k, Integer.toString(v)));
    this.numberWords = new PhraseIndex(words, dc, el);
    this.fractions = new PhraseIndex(lex.fractions(), dc, el);
    Map<String, String> ords = new HashMap<>();
    lex.ordinals().forEach((k, v) -> ords.put(k, Integer.toString(v)));
    this.ordinalWords = new PhraseIndex(ords, dc, el);
    Map<String, String> rel = new HashMap<>();
    language.relativeYears().forEach((k, v) -> rel.put(k, Integer.toString(v)));
    this.relativeYears = new PhraseIndex(rel, dc, el);
    this.sources = new PhraseIndex(lex.sources(), dc, el);
    this.ordinalSuffix =
        lex.ordinalSuffix().isEmpty()
            ? null
            : java.util.regex.Pattern.compile("(\\d{1,2})(?:" + lex.ordinalSuffix() + ")");
  }

  // ------------------------------------------------------------------ mentions

  /** A country or group named in the sentence, over tokens [from, to). */
  record Entity(int from, int to, String group) {}

  enum Unit {
    PERCENT,
    POINTS,
    MONEY,
    BARE
  }

  /**
   * A number with what surrounds it.
   *
   * @param from first token of the number (or of its currency sign)
   * @param to token after its unit
   * @param hedge the operator or tolerance of a hedge before it ("within 5%", "&gt;"), or null
   * @param word whether it is written in words ("twenty", "two thirds")
   * @param fraction whether it is a fraction in words ("two thirds"), a percentage of a total
   */
  record Amount(
      int from,
      int to,
      BigDecimal value,
      Unit unit,
      String scale,
      String currency,
      String hedge,
      boolean word,
      boolean fraction) {}

  /**
   * A year named in the sentence.
   *
   * @param since whether it is a baseline ("since 2014"): the year a change is counted from, not
   *     the year a figure is about
   */
  record YearMention(int at, int year, boolean relative, boolean since) {}

  /**
   * A place named in the sentence.
   *
   * @param lowest whether a superlative joined to it counts from the bottom ("fourth-lowest"),
   *     false for the top ("third-largest") and null when none is joined
   */
  record Ordinal(int at, int end, int place, Boolean lowest) {
    Ordinal(int at, int end, int place) {
      this(at, end, place, null);
    }
  }

  /** Everything found in a sentence, by token position. */
  record Mentions(
      List<Token> tokens,
      List<Entity> entities,
      List<Amount> amounts,
      List<YearMention> years,
      List<Ordinal> ordinals,
      Map<String, List<int[]>> cues,
      List<String> sources,
      List<Integer> clauseBreaks,
      int latestYear,
      boolean guidelineShare,
      Context context) {

    /** The same mentions, with what the composition learned about the sentence as a whole. */
    Mentions with(int latest, boolean guideline, Context ctx) {
      return new Mentions(
          tokens,
          entities,
          amounts,
          years,
          ordinals,
          cues,
          sources,
          clauseBreaks,
          latest,
          guideline,
          ctx);
    }

    boolean has(String cue) {
      return !cues.getOrDefault(cue, List.of()).isEmpty();
    }

    /** Whether a cue occurs within [from, to). */
    boolean has(String cue, int from, int to) {
      for (int[] span : cues.getOrDefault(cue, List.of())) {
        if (span[0] >= from && span[0] < to) {
          return true;
        }
      }
      return false;
    }

    int clauseOf(int at) {
      int c = 0;
      for (int b : clauseBreaks) {
        if (at >= b) {
          c++;
        }
      }
      return c;
    }

    int clauseStart(int at) {
      int start = 0;
      for (int b : clauseBreaks) {
        if (b <= at) {
          start = b;
        }
      }
      return start;
    }

    int clauseEnd(int at) {
      for (int b : clauseBreaks) {
        if (b > at) {
          return b;
        }
      }
      return tokens.size();
    }
  }

  Mentions mentions(String sentence) {
    List<Token> t = Tokens.of(sentence, language.decimalComma(), lex.elisions());
    List<Entity> entities = new ArrayList<>();
    List<Amount> amounts = new ArrayList<>();
    List<YearMention> years = new ArrayList<>();
    List<Ordinal> ordinals = new ArrayList<>();
    Map<String, List<int[]>> found = new LinkedHashMap<>();
    List<String> named = new ArrayList<>();
    List<Integer> breaks = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      Token tok = t.get(i);
      if (tok.kind() == Kind.SIGN && (tok.is(";") || tok.is("—") || tok.is("–") || tok.is(":"))) {
        breaks.add(i + 1);
      }
      for (Map.Entry<String, PhraseIndex> c : cues.entrySet()) {
        int end = c.getValue().match(t, i);
        if (end > i) {
          found.computeIfAbsent(c.getKey(), k -> new ArrayList<>()).add(new int[] {i, end});
        }
      }
      int src = sources.match(t, i);
      if (src > i) {
        named.add(sources.value(t, i));
      }
    }
    for (int i = 0; i < t.size(); ) {
      int end = subjects.match(t, i);
      if (end > i) {
        // "U.S. dollars", "Canadian dollars": a currency, not a country that spends
        if (currencies.match(t, end) == end) {
          entities.add(new Entity(i, end, subjects.value(t, i)));
        }
        i = end;
      } else {
        i++;
      }
    }
    for (int i = 0; i < t.size(); i++) {
      Token tok = t.get(i);
      int rel = relativeYears.match(t, i);
      if (rel > i) {
        years.add(new YearMention(i, Integer.parseInt(relativeYears.value(t, i)), true, false));
      }
      Ordinal withSuperlative = joinedOrdinal(tok, i);
      if (withSuperlative != null) {
        ordinals.add(withSuperlative);
        continue;
      }
      int ord = ordinalWords.match(t, i);
      if (ord > i) {
        ordinals.add(new Ordinal(i, ord, Integer.parseInt(ordinalWords.value(t, i))));
        continue;
      }
      if (tok.kind() == Kind.NUMBER && ordinalSuffix != null && i + 1 < t.size()) {
        // "20th": the tokenizer splits digits from letters
        String joined = tok.text() + t.get(i + 1).text();
        var m = ordinalSuffix.matcher(joined);
        if (t.get(i + 1).kind() == Kind.WORD && m.matches()) {
          ordinals.add(new Ordinal(i, i + 2, Integer.parseInt(m.group(1))));
          i++;
          continue;
        }
      }
      Amount a = amount(t, i);
      if (a != null) {
        if (a.unit() == Unit.BARE
            && a.value().scale() <= 0
            && a.value().intValue() >= 1945
            && a.value().intValue() <= 2050
            && a.currency().isEmpty()
            && !a.word()) {
          boolean since = false;
          for (int[] span : found.getOrDefault("since", List.of())) {
            since |= span[1] == i;
          }
          years.add(new YearMention(i, a.value().intValue(), false, since));
        } else {
          amounts.add(a);
        }
        i = a.to() - 1;
      }
    }
    // a comma before "while", "but", "whereas" and the like also ends a clause
    for (int[] span : found.getOrDefault("clause", List.of())) {
      breaks.add(span[0]);
    }
    breaks.sort(null);
    return new Mentions(
        t, entities, amounts, years, ordinals, found, named, breaks, 0, false, Context.NONE);
  }

  /**
   * An ordinal joined to a superlative by a hyphen, one token: "fourth-lowest", "third-largest".
   * Null for any other token.
   */
  private Ordinal joinedOrdinal(Token tok, int i) {
    int dash = tok.text().indexOf('-');
    if (tok.kind() != Kind.WORD || dash <= 0) {
      return null;
    }
    Integer place = lex.ordinals().get(tok.text().substring(0, dash));
    String superlative = tok.text().substring(dash + 1);
    if (place == null) {
      return null;
    }
    if (lex.cue("rankLow").contains(superlative)) {
      return new Ordinal(i, i + 1, place, true);
    }
    return lex.cue("rankHigh").contains(superlative) ? new Ordinal(i, i + 1, place, false) : null;
  }

  /** The number that starts at token i (after an optional currency sign), with its unit. */
  private Amount amount(List<Token> t, int i) {
    int start = i;
    String currency = "";
    int cur = currencies.match(t, i);
    if (cur > i && cur < t.size() && t.get(cur).kind() == Kind.NUMBER) {
      currency = currencies.value(t, i);
      i = cur;
    }
    BigDecimal value;
    int after;
    boolean word = false;
    if (t.get(i).kind() == Kind.NUMBER) {
      value = t.get(i).number();
      after = i + 1;
    } else {
      int f = fractions.match(t, i);
      if (f > i) {
        // "two thirds of NATO's total": a percentage in words, written loosely
        String hedge = hedgeBefore(t, start);
        return new Amount(
            start,
            f,
            new BigDecimal(fractions.value(t, i)),
            Unit.PERCENT,
            "",
            "",
            hedge == null ? "within 5%" : hedge,
            true,
            true);
      }
      int w = numberWords.match(t, i);
      if (w <= i) {
        return null;
      }
      value = new BigDecimal(numberWords.value(t, i));
      after = w;
      word = true;
    }
    String scale = "";
    int sc = scales.match(t, after);
    if (sc > after) {
      scale = scales.value(t, after);
      after = sc;
    }
    Unit unit = Unit.BARE;
    int pts = pointsWords.match(t, after);
    int pct = percentWords.match(t, after);
    if (pts > after) {
      unit = Unit.POINTS;
      after = pts;
    } else if (pct > after) {
      unit = Unit.PERCENT;
      after = pct;
    } else {
      int cw = currencies.match(t, after);
      if (cw > after) {
        currency = currencies.value(t, after);
        after = cw;
      }
      if (!currency.isEmpty() || !scale.isEmpty() && !scale.equals("thousand")) {
        unit = Unit.MONEY;
      }
    }
    if (word && unit == Unit.BARE && scale.isEmpty()) {
      // "one", "two" alone are counts only when members follow; kept as bare numbers
    }
    String hedge = hedgeBefore(t, start);
    return new Amount(start, after, value, unit, scale, currency, hedge, word, false);
  }

  /** A hedge ending right before token i ("about", "more than", "nearly"), skipping "only". */
  private String hedgeBefore(List<Token> t, int i) {
    PhraseIndex skippable = cues.get("definite");
    for (int back = 1; back <= 4 && i - back >= 0; back++) {
      int from = i - back;
      int end = hedges.match(t, from);
      if (end <= from) {
        continue;
      }
      // "at least the 2 %", "almeno il 2 %": an article or "only" may stand between
      boolean between = end == i;
      if (end == i - 1) {
        Token w = t.get(i - 1);
        between =
            w.is("just")
                || w.is("only")
                || w.is("an")
                || skippable != null && skippable.match(t, i - 1) == i;
      }
      if (between) {
        return language.hedges().get(hedges.key(t, from));
      }
    }
    return null;
  }

  // ------------------------------------------------------------------ claims

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
   */
  public record Composition(
      List<Composed> claims,
      String unverifiable,
      boolean plans,
      Context next,
      String source,
      boolean writesYear) {

    /** The composition of a sentence, with what the next sentence of its article inherits. */
    static Composition of(Mentions m, List<Composed> claims, String unverifiable, boolean plans) {
      return new Composition(
          claims,
          unverifiable,
          plans,
          ClaimComposer.next(m),
          m.sources().isEmpty() ? null : m.sources().get(0),
          !m.years().isEmpty());
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

  /** The context the next sentence of an article inherits from this one. */
  private static Context next(Mentions m) {
    String subject = m.context().subject();
    for (Entity e : m.entities()) {
      if (e.group().matches("[A-Z]{3}")) {
        subject = e.group();
      }
    }
    Integer year = null;
    for (YearMention y : m.years()) {
      if (!y.relative()) {
        year = y.year();
      }
    }
    return new Context(subject, m.context().gdp() || m.has("gdp"), year);
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
    Mentions m = mentions(sentence).with(latestYear, false, context);
    if (m.has("conditional", 0, Math.min(2, m.tokens().size()))) {
      // "If Denmark had spent 3 percent …": a figure supposed, not stated
      return Composition.of(m, List.of(), null, true);
    }
    List<Composed> out = new ArrayList<>();
    List<Amount> used = new ArrayList<>();
    Amount threshold = threshold(m, used);
    m = m.with(latestYear, threshold != null, context);
    counts(m, date, threshold, used, out);
    rankings(m, date, out);
    impliedPlaces(m, date, out);
    cite(m, out, 0, 0, m.tokens().size());
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
      cite(m, out, before, m.clauseStart(a.from()), a.to());
    }
    if (out.isEmpty() && m.has("fiscal")) {
      return Composition.of(
          m,
          out,
          "It gives a national budget's figures for a fiscal year, not NATO's calendar-year"
              + " defence expenditure.",
          m.has("plan"));
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
          m.has("plan"));
    }
    return Composition.of(m, out, null, m.has("plan"));
  }

  /**
   * Gives the claims composed from index {@code from} on the mentions they rest on: the countries
   * and groups, numbers, ordinals and years named in tokens [start, end). Claims that already cite
   * words keep them.
   */
  private static void cite(Mentions m, List<Composed> out, int from, int start, int end) {
    List<int[]> spans = new ArrayList<>();
    m.entities().forEach(e -> spans.add(new int[] {e.from(), e.to()}));
    m.amounts().forEach(a -> spans.add(new int[] {a.from(), a.to()}));
    m.ordinals().forEach(o -> spans.add(new int[] {o.at(), o.end()}));
    m.years().stream()
        .filter(y -> !y.relative())
        .forEach(y -> spans.add(new int[] {y.at(), y.at() + 1}));
    spans.sort(java.util.Comparator.comparingInt(x -> x[0]));
    List<String> words = new ArrayList<>();
    for (int[] sp : spans) {
      if (sp[0] >= start && sp[1] <= end) {
        StringBuilder w = new StringBuilder();
        for (int i = sp[0]; i < sp[1]; i++) {
          Token t = m.tokens().get(i);
          boolean glue = w.length() == 0 || t.kind() == Kind.SIGN || t.is("'s");
          w.append(glue ? "" : " ").append(t.text());
        }
        words.add(w.toString());
      }
    }
    for (int i = from; i < out.size(); i++) {
      if (out.get(i).mentions().isEmpty()) {
        out.set(i, out.get(i).citing(words));
      }
    }
  }

  /** The guideline a sentence counts against: "the 2 % target", "at least 2 percent of GDP". */
  private Amount threshold(Mentions m, List<Amount> used) {
    for (Amount a : m.amounts()) {
      if (a.unit() != Unit.PERCENT || a.fraction()) {
        continue;
      }
      boolean guideline =
          m.has("guideline", a.to(), Math.min(a.to() + 3, m.tokens().size()))
              || m.has("guideline", Math.max(0, a.from() - 3), a.from())
              || m.has("meet", Math.max(0, a.from() - 3), a.from())
              || (">=".equals(a.hedge()) || ">".equals(a.hedge())) && m.has("members");
      boolean round = a.value().stripTrailingZeros().scale() <= 1;
      if (guideline && round) {
        used.add(a);
        return a;
      }
    }
    return null;
  }

  /** "only seven allies met the 2 % target", "24 out of NATO's 32 members have reached it". */
  private void counts(
      Mentions m, LocalDate date, Amount threshold, List<Amount> used, List<Composed> out) {
    boolean guideline = threshold != null || m.has("guideline") || m.has("gdp");
    if (!guideline || !(m.has("meet") || m.has("below") || threshold != null)) {
      changeCounts(m, date, used, out);
      return;
    }
    for (Amount a : m.amounts()) {
      if (a.unit() != Unit.BARE || a.value().scale() > 0 || used.contains(a)) {
        continue;
      }
      int n = a.value().intValue();
      if (n < 1 || n > 40 || isMembership(m, a)) {
        continue;
      }
      int end = Math.min(a.to() + 4, m.tokens().size());
      boolean members = m.has("members", a.to(), end);
      // "24 out of NATO's 32": the first number counts, the second is the membership
      Amount of = ofTheMembers(m, a);
      if (!members && of == null) {
        continue;
      }
      if (of != null) {
        used.add(of);
      }
      used.add(a);
      int year = year(m, a, date);
      String group = "NATO";
      if (m.has("otherThan", a.to(), Math.min(a.to() + 8, m.tokens().size()))) {
        group = "NATO-USA";
      }
      boolean below = m.has("below", m.clauseStart(a.from()), m.clauseEnd(a.from()));
      String t = threshold == null ? "2" : threshold.value().toPlainString();
      // "more than 3 percent" counts those above it; meeting a guideline is reaching it
      String at =
          below
              ? "<"
              : threshold != null
                      && threshold.hedge() != null
                      && threshold.hedge().matches("[<>]=?")
                  ? threshold.hedge()
                  : ">=";
      // "20 percent of their defence budgets on major equipment": the equipment guideline
      String indicator = m.has("equipment") ? "equipment_share" : "share_of_gdp";
      String op = a.hedge() == null || a.hedge().startsWith("within") ? "=" : a.hedge();
      Map<String, Integer> stated = new LinkedHashMap<>();
      if (of != null) {
        stated.put(group, of.value().intValue());
      }
      String counted = "count(" + indicator + "(" + group + ", ";
      add(
          out,
          counted + year + ") " + at + " " + t + ") " + op + " " + n,
          stated,
          "a count of allies at the guideline");
      // "…, up from three in 2014": the count of the year compared with
      for (Amount b : m.amounts()) {
        if (b.from() <= a.to()
            || b.unit() != Unit.BARE
            || b.value().scale() > 0
            || b.value().intValue() > 40
            || !m.has("previous", Math.max(0, b.from() - 3), b.from())) {
          continue;
        }
        YearMention then = null;
        for (YearMention y : m.years()) {
          if (y.at() >= b.to() && y.at() <= b.to() + 2 && !y.relative()) {
            then = y;
          }
        }
        if (then != null && then.year() != year) {
          used.add(b);
          add(
              out,
              counted + then.year() + ") " + at + " " + t + ") = " + b.value().intValue(),
              Map.of(),
              "a count of allies at the guideline in " + then.year());
        }
        break;
      }
      return; // one count per sentence: later numbers are other years' counts or lists
    }
  }

  /** "16 of the 28 members increased their spending in 2015": allies whose real change was up. */
  private void changeCounts(Mentions m, LocalDate date, List<Amount> used, List<Composed> out) {
    for (Amount a : m.amounts()) {
      if (a.unit() != Unit.BARE || a.value().scale() > 0 || used.contains(a)) {
        continue;
      }
      int n = a.value().intValue();
      if (n < 1 || n > 40 || isMembership(m, a)) {
        continue;
      }
      Amount of = ofTheMembers(m, a);
      boolean members = m.has("members", a.to(), Math.min(a.to() + 4, m.tokens().size()));
      int end = m.clauseEnd(a.from());
      boolean up = m.has("up", a.to(), end);
      boolean down = m.has("down", a.to(), end);
      // a change of the share of GDP is not a change of spending: not counted here
      if (!members && of == null
          || up == down
          || !m.has("spender", a.to(), end)
          || m.has("gdp", a.to(), end)
          || baseline(m, a.from()) != null) {
        continue; // a count of changes over several years ("since 2014") is not one year's
      }
      int year = year(m, a, date);
      Map<String, Integer> stated = new LinkedHashMap<>();
      if (of != null) {
        stated.put("NATO", of.value().intValue());
      }
      add(
          out,
          "count(real_change(NATO, " + year + ") " + (up ? ">" : "<") + " 0) = " + n,
          stated,
          "a count of allies whose spending " + (up ? "rose" : "fell"));
      return;
    }
  }

  /**
   * Whether a number is the size of the alliance rather than a count of allies: "of the 31 allies",
   * "out of NATO's 29 members", "the 32-strong club".
   */
  private static boolean isMembership(Mentions m, Amount a) {
    for (int back = 1; back <= 3 && a.from() - back >= 0; back++) {
      Token t = m.tokens().get(a.from() - back);
      if (m.has("outOf", a.from() - back, a.from() - back + 1)) {
        return true;
      }
      if (t.kind() != Kind.WORD) {
        break;
      }
    }
    return a.to() + 1 < m.tokens().size()
        && m.tokens().get(a.to()).is("-")
        && m.tokens().get(a.to() + 1).is("strong");
  }

  /** The membership in "N of (NATO's | the) M members" or "N out of M", if the sentence says it. */
  private Amount ofTheMembers(Mentions m, Amount a) {
    for (Amount b : m.amounts()) {
      if (b == a || b.from() <= a.to() || b.from() > a.to() + 4 || b.unit() != Unit.BARE) {
        continue;
      }
      int v = b.value().intValue();
      if (v >= 12 && v <= 40 && b.value().scale() <= 0) {
        return b;
      }
    }
    // "of the 31 allies, only 11 …": the membership first
    for (Amount b : m.amounts()) {
      if (b == a || b.to() > a.from() || b.unit() != Unit.BARE) {
        continue;
      }
      int v = b.value().intValue();
      if (v >= 12
          && v <= 40
          && b.value().scale() <= 0
          && m.has("members", b.to(), Math.min(b.to() + 3, m.tokens().size()))
          && a.from() - b.to() <= 8) {
        return b;
      }
    }
    return null;
  }

  /** "placing it third among NATO allies", "the lowest among NATO members", "20th out of 29". */
  private void rankings(Mentions m, LocalDate date, List<Composed> out) {
    for (Ordinal o : m.ordinals()) {
      int from = Math.max(0, o.at() - 3);
      int to = Math.min(o.end() + 6, m.tokens().size());
      // "fourth-lowest", "third-largest": the superlative right after the ordinal says which end
      int after = Math.min(o.end() + 1, m.tokens().size());
      boolean superlative =
          o.lowest() != null
              || m.has("rankHigh", o.end(), after)
              || m.has("rankLow", o.end(), after);
      boolean context =
          superlative || m.has("rankContext", o.end(), to) || m.has("rankContext", from, o.at());
      if (!context) {
        continue;
      }
      Entity subject = subjectBefore(m, o.at(), true);
      subject = subject == null ? carried(m, o.at()) : subject;
      if (subject == null || !isCountry(subject.group())) {
        continue;
      }
      boolean lowest =
          m.has("fromBottom", o.end(), Math.min(o.end() + 3, m.tokens().size()))
              || m.has("rankLow", o.end(), after)
              || Boolean.TRUE.equals(o.lowest());
      int year = year(m, o.at(), date);
      Map<String, Integer> stated = new LinkedHashMap<>();
      for (Amount b : m.amounts()) {
        if (b.unit() == Unit.BARE
            && b.from() > o.at()
            && b.from() <= o.end() + 4
            && isMembership(m, b)
            && b.value().intValue() >= 12) {
          stated.put("NATO", b.value().intValue());
        }
      }
      add(
          out,
          rankClaim(rankIndicator(m), year, subject.group(), lowest, o.place()),
          stated,
          "a place in a ranking");
    }
    for (String dir : List.of("rankHigh", "rankLow")) {
      for (int[] span : m.cues().getOrDefault(dir, List.of())) {
        // "at least", "at most" are hedges; a superlative speaks of spending or a ranking
        if (span[0] > 0 && hedges.match(m.tokens(), span[0] - 1) >= span[1]) {
          continue;
        }
        // "fourth-lowest": the ordinal states the place
        boolean ordinal =
            m.ordinals().stream().anyMatch(o -> o.end() <= span[0] && o.end() >= span[0] - 1);
        if (ordinal) {
          continue;
        }
        int look = Math.min(span[1] + 4, m.tokens().size());
        if (!m.has("spender", span[1], look)
            && !m.has("rankContext", span[1], look)
            && !m.has("gdp", span[1], look)) {
          continue;
        }
        // "among the lowest spenders", "one of the biggest": no place is stated; "l'an
        // dernier" is a year, not the last place
        if (m.has("oneOf", Math.max(0, span[0] - 3), span[0]) || inRelativeYear(m, span[0])) {
          continue;
        }
        Entity subject = subjectBefore(m, span[0], true);
        subject = subject == null ? carried(m, span[0]) : subject;
        if (subject == null || !isCountry(subject.group())) {
          continue;
        }
        // one country in its clause: "Portugal was the smallest spender"; a list ("the
        // smallest spenders were A, B and C") is several claims the figures show anyway
        long inClause =
            m.entities().stream()
                .filter(e -> m.clauseOf(e.from()) == m.clauseOf(span[0]) && isCountry(e.group()))
                .count();
        // (a country carried from the sentence before counts as the one)
        if (inClause != 1 && !(inClause == 0 && m.context().subject() != null)) {
          continue;
        }
        String indicator = rankIndicator(m);
        boolean lowest = dir.equals("rankLow");
        if (m.has("down", span[1], Math.min(span[1] + 3, m.tokens().size()))) {
          indicator = "real_change";
          lowest = !lowest;
        } else if (m.has("up", span[1], Math.min(span[1] + 3, m.tokens().size()))) {
          indicator = "real_change";
        }
        int year = year(m, span[0], date);
        add(
            out,
            rankClaim(indicator, year, subject.group(), lowest, 1),
            Map.of(),
            "the top or the bottom of a ranking");
        break;
      }
    }
  }

  /** Whether a token is part of a relative year ("last year", "l'an dernier"). */
  private boolean inRelativeYear(Mentions m, int at) {
    for (int from = Math.max(0, at - 3); from <= at; from++) {
      if (relativeYears.match(m.tokens(), from) > at) {
        return true;
      }
    }
    return false;
  }

  /**
   * Places stated by a list or a comparison: "Norway trailed Poland, Greece and Estonia" (fourth),
   * "only Poland spends more than Latvia" (second).
   */
  private void impliedPlaces(Mentions m, LocalDate date, List<Composed> out) {
    for (int[] span : m.cues().getOrDefault("trail", List.of())) {
      Entity subject = subjectBefore(m, span[0], true);
      if (subject == null || !isCountry(subject.group())) {
        continue;
      }
      int end = m.clauseEnd(span[0]);
      java.util.Set<String> ahead = new java.util.LinkedHashSet<>();
      for (Entity e : m.entities()) {
        if (e.from() >= span[1] && e.from() < end && isCountry(e.group())) {
          ahead.add(e.group());
        }
      }
      if (ahead.size() >= 2 && !m.has("rankContext", span[0], span[1])) {
        int year = year(m, span[0], date);
        add(
            out,
            rankClaim(rankIndicator(m), year, subject.group(), false, ahead.size() + 1),
            Map.of(),
            "a place after the allies listed ahead");
      }
    }
    for (int[] only : m.cues().getOrDefault("only", List.of())) {
      Entity first = null;
      for (Entity e : m.entities()) {
        if (e.from() >= only[1] && e.from() <= only[1] + 1 && isCountry(e.group())) {
          first = e;
        }
      }
      if (first == null) {
        continue;
      }
      int end = m.clauseEnd(first.from());
      int more = -1;
      for (int[] x : m.cues().getOrDefault("more", List.of())) {
        if (x[0] > first.to() && x[0] < end && more < 0) {
          more = x[1];
        }
      }
      if (more < 0) {
        continue;
      }
      for (int[] than : m.cues().getOrDefault("than", List.of())) {
        if (than[0] < more || than[0] >= end) {
          continue;
        }
        for (Entity e : m.entities()) {
          if (e.from() >= than[1] && e.from() <= than[1] + 1 && isCountry(e.group())) {
            int year = year(m, only[0], date);
            add(
                out,
                rankClaim(rankIndicator(m), year, e.group(), false, 2),
                Map.of(),
                "second to the only ally said to spend more");
            return;
          }
        }
      }
    }
  }

  /** "rank(share_of_gdp(NATO, 2024), ESP, lowest) = 1": a country's place among the allies. */
  private static String rankClaim(
      String indicator, int year, String country, boolean lowest, int place) {
    return "rank("
        + indicator
        + "(NATO, "
        + year
        + "), "
        + country
        + (lowest ? ", lowest" : "")
        + ") = "
        + place;
  }

  private String rankIndicator(Mentions m) {
    if (m.has("perCapita")) {
      return "defence_exp_per_capita_usd";
    }
    if (m.has("equipment")) {
      return "equipment_share";
    }
    if (m.has("gdp")) {
      return "share_of_gdp";
    }
    if (m.has("up") && !m.has("gdp")) {
      return "real_change";
    }
    return "defence_exp_current_usd";
  }

  /** A percentage: of GDP, a change, or a share of the alliance's total. */
  private void percent(Mentions m, Amount a, LocalDate date, List<Composed> out) {
    int clauseStart = m.clauseStart(a.from());
    int before = Math.max(clauseStart, a.from() - 6);
    if (a.from() > 0 && m.has("reference", a.from() - 1, a.from()) && a.hedge() == null) {
      return; // "the 5 percent demanded by …": a standard named, not a figure stated
    }
    Entity subject = subjectFor(m, a);
    if (subject == null) {
      return;
    }
    Integer year = figureYear(m, a, date);
    if (year == null) {
      return;
    }
    String op = op(a);
    String tol = tolerance(a);
    boolean gdpAfter = m.has("gdp", a.to(), Math.min(a.to() + 5, m.tokens().size()));
    // "la part du PIB …": a share of GDP, whatever word for share stands before it
    boolean gdpBefore = m.has("gdp", clauseStart, a.from());
    boolean total =
        !gdpAfter
            && !(gdpBefore && m.has("totalBefore", clauseStart, a.from()))
            && (m.has("total", a.to(), Math.min(a.to() + 3, m.tokens().size()))
                || m.has("totalBefore", clauseStart, a.from()));
    // "equipment accounts for 30 percent of Poland's defence budget": the equipment share
    if (!gdpAfter && m.has("equipment", clauseStart, Math.min(a.to() + 8, m.clauseEnd(a.to())))) {
      if (isCountry(subject.group()) && !a.fraction()) {
        add(
            out,
            bounded("equipment_share(" + subject.group() + ", " + year + ")", a, lit(a)),
            Map.of(),
            "the share of spending on major equipment");
      }
      return;
    }
    if (a.fraction() && !total) {
      return; // "half of the allies", "two thirds of Germans": not a figure of spending
    }
    if (total) {
      add(
          out,
          "share(defence_exp_current_usd("
              + subject.group()
              + ", "
              + year
              + "), defence_exp_current_usd(NATO, "
              + year
              + ")) "
              + op
              + " "
              + lit(a)
              + tol,
          Map.of(),
          "a share of the alliance's total");
      return;
    }
    // "from 1.2 % to 2 %": two levels, not a change; French "de" also says "by" ("augmenté de
    // 5 %"), so "from" counts only where a second figure follows
    boolean fromTo =
        a.from() > 0
                && m.has("from", a.from() - 1, a.from())
                && m.amounts().stream()
                    .anyMatch(
                        b -> b.unit() == a.unit() && b.from() >= a.to() && b.from() <= a.to() + 3)
            // "up from 1.9 %", "compared with 1.9 %": the level compared with
            || m.has("previous", Math.max(0, a.from() - 3), a.from());
    int near = Math.min(a.to() + 2, m.tokens().size());
    boolean verbBefore =
        (m.has("up", before, a.from()) || m.has("down", before, a.from()))
            && m.has("by", Math.max(before, a.from() - 3), a.from());
    boolean nounAfter = m.has("up", a.to(), near) || m.has("down", a.to(), near);
    // "an extra 12 percent", "a cut of 30 %": the change word right before the number
    boolean markerBefore =
        m.has("up", Math.max(0, a.from() - 2), a.from())
            || m.has("down", Math.max(0, a.from() - 2), a.from());
    verbBefore =
        verbBefore
            || markerBefore
            || (m.has("up", clauseStart, a.from()) || m.has("down", clauseStart, a.from()))
                && a.from() > 0
                && m.has("by", a.from() - 1, a.from());
    if (!fromTo && !gdpAfter && (verbBefore || nounAfter)) {
      boolean down = m.has("down", before, near) && !m.has("up", before, near);
      String number = (down ? "-" : "") + a.value().toPlainString() + "%";
      // A change the sentence does not call real is read in current prices; the judge says
      // when it holds only in real terms (misleading)
      boolean real = m.has("real");
      String money = real ? "defence_exp_constant_usd(" : "defence_exp_current_usd(";
      String kind = real ? "a change in real terms" : "a change";
      Integer base = baseline(m, a.from());
      if (base != null && base < year) {
        // "up 60 % since 2014": the change over the years
        add(
            out,
            "change("
                + money
                + subject.group()
                + ", "
                + year
                + "), "
                + base
                + ") "
                + op
                + " "
                + number
                + tol,
            Map.of(),
            kind + " since " + base);
        return;
      }
      // NATO publishes each ally's real change; a group's is worked out from its total
      String claim =
          isCountry(subject.group())
              ? "real_change(" + subject.group() + ", " + year + ") "
              : "change(" + money + subject.group() + ", " + year + "), " + (year - 1) + ") ";
      add(
          out,
          claim + op + " " + number + tol,
          Map.of(),
          isCountry(subject.group()) ? "a change in real terms" : kind);
      return;
    }
    // Without a word for GDP, a country's percentage in a sentence about spending is read as its
    // share of GDP when it is one that a share of GDP can be (0.3–6 %).
    boolean plausibleShare =
        a.value().compareTo(new BigDecimal("0.3")) >= 0
            && a.value().compareTo(new BigDecimal("6")) <= 0
            && (m.has("spender") || m.has("rankHigh") || m.has("rankLow"));
    boolean ofGdp = m.has("gdp") || m.guidelineShare() || m.context().gdp() || plausibleShare;
    boolean average = m.has("average", before, a.to());
    if (ofGdp
        && average
        && !isCountry(subject.group())
        && PublishedAggregates.codeOf(subject.group()).isPresent()) {
      // "allies spent an average of 2.6 % of GDP": the alliance's ratio as NATO prints it
      add(
          out,
          bounded("share_of_gdp(" + subject.group() + ", " + year + ")", a, lit(a)),
          Map.of(),
          "the share of GDP of the allies together");
      return;
    }
    if (ofGdp && isCountry(subject.group()) && !average) {
      Integer versus = comparedYear(m, a, date);
      for (String country : distributed(m, a, subject)) {
        add(
            out,
            bounded("share_of_gdp(" + country + ", " + year + ")", a, lit(a)),
            Map.of(),
            "a share of GDP");
        if (versus != null && versus != year) {
          boolean down = m.has("down", a.to(), m.clauseEnd(a.from()));
          String figure = "share_of_gdp(" + country + ", ";
          add(
              out,
              figure + year + ") " + (down ? "<" : ">") + " " + figure + versus + ")",
              Map.of(),
              (down ? "a share of GDP lower than in " : "a share of GDP higher than in ") + versus);
        }
      }
    }
  }

  /**
   * The year a figure is said to be up or down from, when the sentence names a year and no figure
   * for it: "1.79 % in 2016, slightly down from 2015". Null otherwise ("up from 1.9 % in 2014"
   * states a figure of its own, read as such).
   */
  private static Integer comparedYear(Mentions m, Amount a, LocalDate date) {
    int end = m.clauseEnd(a.from());
    for (YearMention y : m.years()) {
      if (y.at() < a.to() || y.at() >= end || !m.has("previous", a.to(), y.at())) {
        continue;
      }
      boolean direction = m.has("up", a.to(), y.at()) != m.has("down", a.to(), y.at());
      boolean figureBetween =
          m.amounts().stream().anyMatch(b -> b.from() >= a.to() && b.from() < y.at());
      if (direction && !figureBetween) {
        return y.relative() ? date.getYear() + y.year() : y.year();
      }
    }
    return null;
  }

  /**
   * The countries a number is said of: its subject, or, where the sentence says "each" (the
   * language's {@code each} cue), every country listed before it in its clause.
   */
  private List<String> distributed(Mentions m, Amount a, Entity subject) {
    int start = m.clauseStart(a.from());
    if (!m.has("each", start, a.from())) {
      return List.of(subject.group());
    }
    List<String> all = new ArrayList<>();
    for (Entity e : m.entities()) {
      if (e.from() >= start && e.to() <= a.from() && isCountry(e.group())) {
        all.add(e.group());
      }
    }
    return all.isEmpty() ? List.of(subject.group()) : all;
  }

  /** An amount of money spent by a country or group. */
  private void money(Mentions m, Amount a, LocalDate date, List<Composed> out) {
    if (m.has("amountChange", Math.max(0, a.from() - 4), a.from())) {
      return; // "an increase of $4.6 billion": a difference, not a level
    }
    if (m.has("fiscal")) {
      return; // a national budget's fiscal year is not NATO's calendar-year figure
    }
    Entity subject = subjectFor(m, a);
    if (subject == null) {
      return;
    }
    Integer year = figureYear(m, a, date);
    if (year == null) {
      return;
    }
    String currency = a.currency().isEmpty() ? "USD" : a.currency();
    String indicator =
        currency.equals("USD") ? "defence_exp_current_usd" : "defence_exp_national_currency";
    if (!currency.equals("USD") && !isCountry(subject.group())) {
      return; // national currencies are never added up
    }
    String figure = indicator + "(" + subject.group() + ", " + year + ")";
    String left = isCountry(subject.group()) ? figure : "sum(" + figure + ")";
    add(out, bounded(left, a, lit(a)), Map.of(), "an amount of money spent");
  }

  /**
   * The year a stated figure is about, or null when it is a plan: "up from X" without a year of its
   * own is the year before the one the sentence speaks of.
   */
  private Integer figureYear(Mentions m, Amount a, LocalDate date) {
    int year = year(m, a, date);
    if (planned(m, a, year, date)) {
      return null;
    }
    boolean previous = m.has("previous", Math.max(0, a.from() - 3), a.from());
    return previous && !hasOwnYear(m, a) ? year - 1 : year;
  }

  /** A plan or pledge for a year after the claim's: not a figure anyone has published. */
  private static boolean planned(Mentions m, Amount a, int year, LocalDate date) {
    return year > date.getYear() || year >= date.getYear() && m.has("plan", 0, a.from());
  }

  private static boolean hasOwnYear(Mentions m, Amount a) {
    return m.years().stream().anyMatch(y -> y.at() >= a.to() && y.at() <= a.to() + 3);
  }

  // ------------------------------------------------------------------ resolution

  /**
   * The country or group a number is about: the nearest named before it in its clause, else the
   * nearest before it in the sentence, else one named right after it ("1.57 percent for Germany").
   */
  private Entity subjectFor(Mentions m, Amount a) {
    Entity e = subjectBefore(m, a.from(), false);
    if (e != null) {
      return e;
    }
    Entity carried = carried(m, a.from());
    if (carried != null) {
      return carried;
    }
    for (Entity x : m.entities()) {
      if (x.from() >= a.to() && x.from() <= a.to() + 3) {
        return x;
      }
    }
    return null;
  }

  /** "It", "the country": the country the article spoke of last, when the sentence refers to it. */
  private static Entity carried(Mentions m, int at) {
    if (m.context().subject() == null) {
      return null;
    }
    for (int[] span : m.cues().getOrDefault("anaphor", List.of())) {
      if (span[0] < at && m.clauseOf(span[0]) == m.clauseOf(at)) {
        return new Entity(span[0], span[1], m.context().subject());
      }
    }
    return null;
  }

  private Entity subjectBefore(Mentions m, int at, boolean clauseOnly) {
    int clause = m.clauseOf(at);
    Entity inClause = null;
    Entity anywhere = null;
    Entity aside = null;
    for (Entity e : m.entities()) {
      if (e.to() > at) {
        break;
      }
      // A group after a preposition ("reported to the alliance", "of NATO's total") is what the
      // figure is related to, not whose it is; it is the subject only when no other is named.
      boolean related =
          !isCountry(e.group())
              && (e.from() > 0 && m.has("preposition", e.from() - 1, e.from())
                  || e.to() < m.tokens().size() && m.tokens().get(e.to()).is("'s"));
      if (related) {
        if (m.clauseOf(e.from()) == clause) {
          aside = e;
        }
        continue;
      }
      // the alliance named after a country is the frame ("the USA reported to NATO"), not the
      // subject: the country keeps the place
      if (anywhere == null || isCountry(e.group()) || !isCountry(anywhere.group())) {
        anywhere = e;
      }
      boolean frame = inClause != null && isCountry(inClause.group()) && !isCountry(e.group());
      if (m.clauseOf(e.from()) == clause && !frame) {
        inClause = e;
      }
    }
    if (inClause != null) {
      return inClause;
    }
    if (clauseOnly) {
      return null;
    }
    return anywhere != null ? anywhere : aside;
  }

  private int year(Mentions m, Amount a, LocalDate date) {
    return year(m, a.from(), a.to(), date);
  }

  /**
   * Whether a year after a number belongs to what the number is compared with: "4.1 %, up from 1.9
   * % in 2014" speaks of 2014 only for the second figure.
   */
  private static boolean comparedWith(Mentions m, int at, YearMention y) {
    return y.at() > at && m.has("previous", at + 1, y.at());
  }

  private static int distance(YearMention y, int at, int end) {
    return y.at() >= end ? y.at() - end : Math.abs(at - y.at());
  }

  /** The baseline a change at a position is counted from ("since 2014"): in its clause, or null. */
  private static Integer baseline(Mentions m, int at) {
    for (YearMention y : m.years()) {
      if (y.since() && m.clauseOf(y.at()) == m.clauseOf(at)) {
        return y.year();
      }
    }
    return null;
  }

  /**
   * The year a number at a position is about: a year written in its clause (the nearest), else a
   * relative year there ("last year"), else one written anywhere in the sentence, else the claim
   * date's year, or the year before when the clause speaks in the past ("spent", "met").
   */
  private int year(Mentions m, int at, LocalDate date) {
    return year(m, at, at, date);
  }

  /**
   * The year of what stands over tokens [at, end): the nearest year is counted from its edges, so
   * that "from 1.19 % in 2014 to 2.12 % in 2024" gives the second figure the year after it.
   */
  private int year(Mentions m, int at, int end, LocalDate date) {
    int clause = m.clauseOf(at);
    YearMention best = null;
    for (YearMention y : m.years()) {
      if (!y.since()
          && !comparedWith(m, at, y)
          && m.clauseOf(y.at()) == clause
          && (best == null || distance(y, at, end) < distance(best, at, end))) {
        best = y;
      }
    }
    if (best == null) {
      for (YearMention y : m.years()) {
        if (!y.since()
            && !comparedWith(m, at, y)
            && (best == null || distance(y, at, end) < distance(best, at, end))) {
          best = y;
        }
      }
    }
    if (best != null) {
      return best.relative() ? date.getYear() + best.year() : best.year();
    }
    if (m.context().year() != null) {
      return m.context().year(); // "In 2023, … . France spent 1.9 percent …"
    }
    // the verb of the number's clause: before it, or right after a subject such as "nine allies"
    boolean past =
        m.has("past", m.clauseStart(at), at)
            || m.has("past", at, Math.min(at + 5, m.clauseEnd(at)));
    if (past) {
      // once the year's estimates are published, "saw a 20 percent rise" speaks of them
      return m.latestYear() == date.getYear() ? date.getYear() : date.getYear() - 1;
    }
    // the present tense speaks of the newest figures: last year's, until this year's appear
    return m.latestYear() == date.getYear() - 1 ? m.latestYear() : date.getYear();
  }

  private boolean isCountry(String group) {
    return group.matches("[A-Z]{3}");
  }

  private static String op(Amount a) {
    if (a.hedge() == null || a.hedge().startsWith("within")) {
      return "=";
    }
    return a.hedge().startsWith("just") ? a.hedge().substring(4) : a.hedge();
  }

  /**
   * A figure stated with its hedge, in the claim language. "Just over X" ({@code just>}) says more
   * than X but not by much, at most 5 % more (and {@code just<} at most 5 % less): two claims, the
   * second added by {@link #add} from the text after ";".
   */
  private static String bounded(String left, Amount a, String literal) {
    String claim = left + " " + op(a) + " " + literal + tolerance(a);
    if (a.hedge() != null && a.hedge().startsWith("just")) {
      boolean over = a.hedge().endsWith(">");
      BigDecimal limit = a.value().multiply(over ? new BigDecimal("1.05") : new BigDecimal("0.95"));
      String bound =
          literal.replace(a.value().toPlainString(), limit.stripTrailingZeros().toPlainString());
      claim += ";" + left + (over ? " <= " : " >= ") + bound;
    }
    return claim;
  }

  private static String tolerance(Amount a) {
    return a.hedge() != null && a.hedge().startsWith("within") ? " " + a.hedge() : "";
  }

  private static String lit(Amount a) {
    String n = a.value().toPlainString();
    return switch (a.unit()) {
      case PERCENT -> n + "%";
      case MONEY ->
          n
              + (a.scale().isEmpty() ? "" : " " + a.scale())
              + " "
              + (a.currency().isEmpty() ? "USD" : a.currency());
      default -> n;
    };
  }

  private static void add(
      List<Composed> out, String claim, Map<String, Integer> stated, String why) {
    if (claim.contains(";")) {
      for (String part : claim.split(";")) {
        add(out, part, stated, why);
      }
      return;
    }
    Claim c;
    try {
      c = ClaimParser.parse(claim);
    } catch (InvalidQueryException e) {
      return; // a composition the claim language cannot say is no claim
    }
    for (Composed x : out) {
      if (x.claim().toString().equals(c.toString())) {
        return;
      }
    }
    out.add(new Composed(c, stated, why));
  }

  // ------------------------------------------------------------------ phrases

  /**
   * Phrases of a language as token sequences, found at a position by their first token, longest
   * first.
   */
  static final class PhraseIndex {
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
}
