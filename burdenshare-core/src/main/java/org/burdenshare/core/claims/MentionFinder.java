package org.burdenshare.core.claims;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.burdenshare.core.claims.ClaimComposer.Context;
import org.burdenshare.core.claims.Mentions.Amount;
import org.burdenshare.core.claims.Mentions.Entity;
import org.burdenshare.core.claims.Mentions.Ordinal;
import org.burdenshare.core.claims.Mentions.Unit;
import org.burdenshare.core.claims.Mentions.YearMention;
import org.burdenshare.core.claims.Tokens.Kind;
import org.burdenshare.core.claims.Tokens.Token;

/**
 * Finds the mentions of a sentence with the words of one language: countries and groups, numbers
 * (digits, words, fractions) with their scales, currencies, units and hedges, years (written,
 * relative, baselines), ordinals, and the cue words of each category of its {@link Lexicon}.
 */
final class MentionFinder {
  private final Language language;
  private final Lexicon lex;
  private final PhraseIndex subjects;
  private final Map<String, PhraseIndex> cues = new HashMap<>();

  /**
   * The cue categories by the first word of their phrases: each token is looked up once, not once
   * per category.
   */
  private final Map<String, List<Map.Entry<String, PhraseIndex>>> cuesByFirstWord = new HashMap<>();

  private final HedgeWords hedges;
  private final PhraseIndex scales;
  private final PhraseIndex currencies;
  private final PhraseIndex percentWords;
  private final PhraseIndex pointsWords;
  private final PhraseIndex numberWords;
  private final PhraseIndex fractions;
  private final PhraseIndex ordinalWords;
  private final BesideTheNumber beside;
  private final PhraseIndex relativeYears;
  private final PhraseIndex sources;
  private final java.util.regex.Pattern ordinalSuffix;

  MentionFinder(Language language) {
    this.language = language;
    this.lex = language.lexicon();
    boolean dc = language.decimalComma();
    List<String> el = lex.elisions();
    this.subjects = new PhraseIndex(language.subjects(), dc, el);
    lex.cues().forEach((k, v) -> cues.put(k, PhraseIndex.of(v, dc, el)));
    cues.entrySet()
        .forEach(
            e ->
                e.getValue()
                    .firstWords()
                    .forEach(
                        w -> cuesByFirstWord.computeIfAbsent(w, x -> new ArrayList<>()).add(e)));
    this.hedges = new HedgeWords(language, cues.get("definite"), cues.get("beforeNumber"));
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
    this.beside =
        new BesideTheNumber(
            cues.get(Cue.OR_MORE.key),
            cues.get(Cue.OR_LESS.key),
            cues.get(Cue.PERCENT_ARTICLE.key));
    this.ordinalSuffix =
        lex.ordinalSuffix().isEmpty()
            ? null
            : java.util.regex.Pattern.compile("(\\d{1,2})(?:" + lex.ordinalSuffix() + ")");
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
    List<int[]> asides = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < t.size(); i++) {
      Token tok = t.get(i);
      if (tok.kind() == Kind.SIGN && (tok.is(";") || tok.is("—") || tok.is("–") || tok.is(":"))) {
        breaks.add(i + 1);
      }
      if (tok.kind() == Kind.SIGN && tok.is("(")) {
        open = i;
      } else if (tok.kind() == Kind.SIGN && tok.is(")") && open >= 0) {
        asides.add(new int[] {open, i + 1});
        open = -1;
      }
      for (Map.Entry<String, PhraseIndex> c : cuesByFirstWord.getOrDefault(tok.text(), List.of())) {
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
    CanadaBeside.join(t, entities);
    OthersThan.join(t, found, entities);
    OthersThan.possessed(t, entities);
    TheOthers.join(t, found, entities);
    for (int i = 0; i < t.size(); i++) {
      Token tok = t.get(i);
      int rel = relativeYears.match(t, i);
      if (rel > i) {
        years.add(
            new YearMention(i, rel, Integer.parseInt(relativeYears.value(t, i)), true, false));
        i = rel - 1; // "10 years ago": the number is part of the time, not a figure
        continue;
      }
      int decade = NumberRoles.lastDecadeEnd(found, i);
      if (decade > i) {
        // "over the past decade": a change counted from ten years back, as "since" counts
        years.add(new YearMention(i, decade, -NumberRoles.DECADE, true, true));
        i = decade - 1;
        continue;
      }
      Amount back = NumberRoles.opensLastYears(found, i) ? amount(t, i) : null;
      int backEnd = back == null ? -1 : NumberRoles.lastYearsEnd(found, back);
      if (backEnd > 0) {
        // "over the past ten years", "in den vergangenen zehn Jahren": a change counted from as
        // many years before the claim's, like a year after "since"; the number is no figure
        years.add(new YearMention(i, backEnd, -back.value().intValue(), true, true));
        i = backEnd - 1;
        continue;
      }
      if (inside(found.get("notAPlace"), i)) {
        continue; // "for the first time", "la première fois": an ordinal that states no place
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
      a = a == null ? null : TimesTheFigure.multiplied(t, found, hedges, a);
      if (a != null && NumberRoles.placeNumbered(found, i, a)) {
        // "auf Platz 15", "en el puesto 3": a number after the word for a place is the place
        ordinals.add(new Ordinal(i, a.to(), a.value().intValue()));
        i = a.to() - 1;
        continue;
      }
      if (a != null) {
        if (a.unit() == Unit.BARE
            && a.value().scale() <= 0
            && a.value().intValue() >= YearMention.FIRST
            && a.value().intValue() <= YearMention.LAST
            && a.currency().isEmpty()
            && !a.word()) {
          boolean since = CueSpans.endingAt(found, Cue.SINCE.key, i) != null;
          years.add(new YearMention(i, a.to(), a.value().intValue(), false, since));
        } else if (!NumberRoles.named(entities, a)) {
          amounts.add(a);
        }
        i = a.to() - 1;
      }
    }
    Baselines.mark(t, found, years);
    NotAChange.dropChanges(t, hedges, amounts, entities, found);
    // a comma before "while", "but", "whereas" and the like also ends a clause
    for (int[] span : found.getOrDefault("clause", List.of())) {
      breaks.add(span[0]);
    }
    breaks.sort(null);
    return new Mentions(
        t,
        entities,
        amounts,
        years,
        ordinals,
        found,
        named,
        breaks,
        asides,
        0,
        false,
        Context.NONE);
  }

  /**
   * An ordinal joined to a superlative by a hyphen, one token: "fourth-lowest", "third-largest".
   * Null for any other token.
   */
  private Ordinal joinedOrdinal(Token tok, int i) {
    if (tok.kind() != Kind.WORD) {
      return null;
    }
    int dash = tok.text().indexOf('-');
    if (dash > 0) {
      return joined(tok.text().substring(0, dash), tok.text().substring(dash + 1), i);
    }
    // German writes them as one word: "zweitgrößte", "drittniedrigste" (an ordinal's stem in the
    // language's ordinals, then a superlative); every word is tried, so only against the few
    // ordinals, without cutting the word where none begins it
    String text = tok.text();
    for (String ordinal : lex.ordinals().keySet()) {
      if (text.length() > ordinal.length() && text.startsWith(ordinal)) {
        Ordinal o = joined(ordinal, text.substring(ordinal.length()), i);
        if (o != null) {
          return o;
        }
      }
    }
    return null;
  }

  private Ordinal joined(String ordinal, String superlative, int i) {
    Integer place = lex.ordinals().get(ordinal);
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
      // "half a dozen" is a number, though "half" alone is a fraction: the longer reading wins
      if (f > i && numberWords.match(t, i) <= f) {
        // "two thirds of NATO's total": a percentage in words, written loosely
        String hedge = hedges.before(t, start);
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
    if (pct <= after && after + 1 < t.size() && t.get(after).is("-")) {
      // "a 12.4-per-cent decrease", "the 2-percent goal": the unit joined by a hyphen
      int joined = percentWords.match(t, after + 1);
      pct = joined > after + 1 ? joined : pct;
    }
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
    if (unit == Unit.BARE
        && beside.impliesPercent(t, start, value.scale() > 0 && !word, scale, currency)) {
      // "La Francia è al 2,06", "España, con el 1,28": a decimal after the article that
      // Italian and Spanish give a percentage is one, its sign left out
      unit = Unit.PERCENT;
    }
    String hedge = hedges.before(t, start);
    if (hedge == null) {
      hedge = beside.boundAfter(t, after);
    }
    return new Amount(start, after, value, unit, scale, currency, hedge, word, false);
  }

  /** Whether token {@code at} is inside one of the spans (none when null). */
  private static boolean inside(List<int[]> spans, int at) {
    if (spans != null) {
      for (int[] span : spans) {
        if (span[0] <= at && at < span[1]) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a token is part of a relative year ("last year", "l'an dernier"). */
  boolean inRelativeYear(Mentions m, int at) {
    for (int from = Math.max(0, at - Reach.RELATIVE_YEAR_BEFORE); from <= at; from++) {
      if (relativeYears.match(m.tokens(), from) > at) {
        return true;
      }
    }
    return false;
  }

  /** Whether a hedge ("at least", "at most") spans tokens [from, end) or more. */
  boolean hedgeAt(List<Token> t, int from, int end) {
    return hedges.at(t, from, end);
  }
}
