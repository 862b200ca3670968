package org.burdenshare.core.claims;

import static org.burdenshare.core.claims.Anchors.isCountry;
import static org.burdenshare.core.claims.ClaimValues.add;
import static org.burdenshare.core.claims.ClaimValues.bounded;
import static org.burdenshare.core.claims.ClaimValues.figure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.burdenshare.core.claims.ClaimComposer.Composed;
import org.burdenshare.core.claims.Mentions.Amount;
import org.burdenshare.core.claims.Mentions.Entity;
import org.burdenshare.core.claims.Mentions.Unit;
import org.burdenshare.core.claims.Tokens.Kind;

/**
 * Lists of allies with figures that say the measure once, for the first: "Poland leads with 4.1 %
 * of GDP, followed by Estonia (3.4) and Latvia (3.1)", "Polen kommt auf 4,1 Prozent des BIP,
 * Estland auf 3,4". A figure no other rule read, standing right after an ally named later in the
 * sentence, is read as that ally's share of GDP in the year of the list's first figure.
 */
final class ListReadings {
  private ListReadings() {}

  /**
   * How many words may stand between an ally and its figure in a list: a preposition and an article
   * ("auf die", "con el"), or the signs of an aside.
   */
  static final int WORDS_BEFORE_FIGURE = 2;

  /**
   * Reads the figures that follow a share of GDP in a list.
   *
   * @param shares the share-of-GDP claims read so far, by the figure each was read from
   * @param used the figures already read: the list's figures are added to it
   * @return for each claim added, in order, the tokens [from, to) it was read from: the ally and
   *     its figure
   */
  static List<int[]> elliptic(
      Mentions m,
      LocalDate date,
      Map<Amount, Composed> shares,
      Set<Amount> used,
      List<Composed> out) {
    List<int[]> spans = new java.util.ArrayList<>();
    Value.Figure lead = null;
    for (Amount b : m.amounts()) {
      Composed read = shares.get(b);
      if (read != null) {
        lead = (Value.Figure) read.claim().left();
        continue;
      }
      if (lead == null || used.contains(b) || !aShareItCouldBe(b)) {
        continue;
      }
      Entity ally = allyRightBefore(m, b);
      if (ally == null || ally.group().equals(lead.group())) {
        continue;
      }
      int year = Anchors.hasOwnYear(m, b) ? Anchors.year(m, b, date) : lead.year();
      int before = out.size();
      add(
          out,
          bounded(figure("share_of_gdp", ally.group(), year), b),
          Map.of(),
          "a share of GDP, the measure of the list's first figure");
      if (out.size() > before) {
        used.add(b);
        for (int i = before; i < out.size(); i++) {
          spans.add(new int[] {ally.from(), b.to()});
        }
      }
    }
    return spans;
  }

  /** A percentage, or a number with decimals, in the range a share of GDP can be. */
  private static boolean aShareItCouldBe(Amount b) {
    boolean form = b.unit() == Unit.PERCENT || b.unit() == Unit.BARE && b.value().scale() > 0;
    return form
        && !b.word()
        && !b.fraction()
        && b.value().compareTo(FigureReadings.LEAST_SHARE_OF_GDP) >= 0
        && b.value().compareTo(FigureReadings.MAX_SHARE_OF_GDP) <= 0;
  }

  /** The ally named right before a figure, with no other number between them. */
  private static Entity allyRightBefore(Mentions m, Amount b) {
    Entity last = null;
    for (Entity e : m.entities()) {
      if (e.to() <= b.from()) {
        last = e;
      }
    }
    if (last == null || !isCountry(last.group())) {
      return null;
    }
    int words = 0;
    for (int i = last.to(); i < b.from(); i++) {
      Kind kind = m.tokens().get(i).kind();
      if (kind == Kind.NUMBER) {
        return null;
      }
      words += kind == Kind.WORD ? 1 : 0;
    }
    return words <= WORDS_BEFORE_FIGURE ? last : null;
  }

  /**
   * The allies of a list that holds a subject, before a figure at token {@code before} ("Britain,
   * France and Germany", "Poland and the Baltic states"): each joined to the next by signs, an
   * article and at most one short word ("and", "und", "et", "y", "en", "i"), in the order written;
   * the subject alone when it is in no list.
   */
  static List<String> listAround(Mentions m, Entity subject, int before) {
    List<String> list = new ArrayList<>();
    for (Entity e : entitiesAround(m, subject, before)) {
      if (!list.contains(e.group())) {
        list.add(e.group());
      }
    }
    return list;
  }

  /**
   * The allies of a list that holds a subject and opens its clause, the subject of its verb
   * ("Belgium, Canada and Spain are below …"; at most {@link #WORDS_BEFORE_FIGURE} words before it,
   * "only", "and"): the subject alone otherwise ("… higher than in Belgium and Spain, at 1.3 %").
   */
  /**
   * The ally of a list a figure of a list of as many figures belongs to, in order: "Estonia and
   * Latvia follow with 3.43 % and 3.15 %" gives the first to Estonia, the second to Latvia (as
   * "respectively" says). The list as it is otherwise.
   */
  static List<String> respectively(Mentions m, List<String> allies, Amount a) {
    List<Amount> amounts = m.amounts();
    int at = m.indexOf(a);
    int first = at;
    while (first > 0 && inRun(m, amounts.get(first - 1), amounts.get(first))) {
      first--;
    }
    int last = at;
    while (last + 1 < amounts.size() && inRun(m, amounts.get(last), amounts.get(last + 1))) {
      last++;
    }
    int run = last - first + 1;
    return run >= 2 && run == allies.size() ? List.of(allies.get(at - first)) : allies;
  }

  private static boolean inRun(Mentions m, Amount a, Amount b) {
    return a.unit() == b.unit() && joined(m, a.to(), b.from());
  }

  static List<String> listOpeningClause(Mentions m, Entity subject, int before) {
    List<Entity> list = entitiesAround(m, subject, before);
    int start = m.clauseStart(list.get(0).from());
    int words = 0;
    for (int i = start; i < list.get(0).from(); i++) {
      Kind kind = m.tokens().get(i).kind();
      if (kind == Kind.NUMBER) {
        return List.of(subject.group());
      }
      words += kind == Kind.WORD ? 1 : 0;
    }
    return words <= WORDS_BEFORE_FIGURE ? listAround(m, subject, before) : List.of(subject.group());
  }

  private static List<Entity> entitiesAround(Mentions m, Entity subject, int before) {
    List<Entity> list = new ArrayList<>(List.of(subject));
    if (!listable(subject)) {
      return list;
    }
    int at = m.entities().indexOf(subject);
    Entity next = subject;
    for (int k = at - 1; k >= 0; k--) {
      Entity e = m.entities().get(k);
      if (!listable(e) || !joined(m, e.to(), next.from())) {
        break;
      }
      list.add(0, e);
      next = e;
    }
    Entity previous = subject;
    for (int k = at + 1; k < m.entities().size(); k++) {
      Entity e = m.entities().get(k);
      if (e.to() > before || !listable(e) || !joined(m, previous.to(), e.from())) {
        break;
      }
      list.add(e);
      previous = e;
    }
    return list;
  }

  /**
   * An ally, or a few allies named as one ("the Baltic states"), that a list may hold; never the
   * alliance or a part of it ("NATO_EUROPE": "Germany and European allies" names a country beside
   * the group it belongs to, not a list).
   */
  private static boolean listable(Entity e) {
    return isCountry(e.group()) || !e.group().startsWith("NATO");
  }

  /** The longest word that may join two allies of a list: "and", "und", "et", "y", "en", "i". */
  static final int JOINING_WORD = 3;

  private static boolean joined(Mentions m, int from, int to) {
    int words = 0;
    for (int i = from; i < to; i++) {
      var t = m.tokens().get(i);
      if (t.kind() == Kind.WORD && m.has("definite", i, i + 1)) {
        continue; // "Greece and the Baltic states": the article of the next ally
      }
      if (t.kind() == Kind.WORD) {
        words++;
        if (words > 1 || t.text().length() > JOINING_WORD) {
          return false;
        }
      } else if (t.kind() != Kind.SIGN) {
        return false;
      }
    }
    return to > from;
  }
}
