package org.burdenshare.core.claims;

import java.util.List;
import java.util.Map;
import org.burdenshare.core.claims.Mentions.Entity;
import org.burdenshare.core.claims.Tokens.Token;

/**
 * An ally's allies, named by a possessor or by "the others": "America's allies", "its NATO allies",
 * "ses alliés", "the other 31 allies", "all the other members". They are the alliance less the ally
 * the words point to (the group the claim language writes "NATO-USA"); read without it, their
 * figure was given to that ally. The ally is a country named before them in the sentence, or, when
 * none is, the one the sentence before spoke of ({@link #resolve}).
 */
final class TheOthers {
  private TheOthers() {}

  /** The group of an ally's allies whose ally the sentence before names: resolved with it. */
  static final String OF_THE_ONE_BEFORE = "NATO-?";

  /** How many words may stand between "the other" and the word for allies: "the other 31". */
  private static final int MEMBERS_AFTER_OTHERS = 2;

  /** Joins the words for an ally's allies into one entity, in place. */
  static void join(List<Token> t, Map<String, List<int[]>> found, List<Entity> entities) {
    List<int[]> members = found.getOrDefault("members", List.of());
    // "America's allies": a country as possessor, then the word for allies
    for (int k = 0; k < entities.size(); k++) {
      Entity owner = entities.get(k);
      if (!Anchors.isCountry(owner.group()) || !owner.possessive(t)) {
        continue;
      }
      int after = owner.to() < t.size() && t.get(owner.to()).is(Tokens.POSSESSIVE) ? 1 : 0;
      int[] word = startingAt(members, owner.to() + after);
      if (word != null && entityAt(entities, word[0]) == null) {
        entities.set(k, new Entity(owner.from(), word[1], "NATO-" + owner.group()));
      }
    }
    // "the allies of the United States", "los aliados de Estados Unidos", "die Verbündeten der
    // USA": the word for allies, a preposition, the country
    List<int[]> allies = new java.util.ArrayList<>();
    for (int[] word : members) {
      if (entities.stream().noneMatch(e -> e.from() <= word[0] && e.to() > word[0])) {
        allies.add(word);
      }
    }
    entities.stream()
        .filter(e -> e.group().equals("NATO"))
        .forEach(e -> allies.add(new int[] {e.from(), e.to()}));
    for (int[] word : allies) {
      int[] of = startingAt(found.getOrDefault("preposition", List.of()), word[1]);
      Entity owner = of == null ? null : entityAt(entities, of[1]);
      if (owner == null && of != null && of[1] < t.size()) {
        owner = entityAt(entities, of[1] + 1); // an article between: "de los Estados Unidos"
      }
      if (owner != null && Anchors.isCountry(owner.group())) {
        entities.removeIf(e -> e.from() == word[0] && e.to() == word[1]);
        int k = entities.indexOf(owner);
        entities.set(k, new Entity(word[0], owner.to(), "NATO-" + owner.group()));
      }
    }
    // "its allies", "its NATO allies", "the other 31 allies", "all other members"
    for (String cue : List.of(Cue.POSSESSOR.key, Cue.ALL_OTHERS.key)) {
      for (int[] words : found.getOrDefault(cue, List.of())) {
        if (cue.equals(Cue.ALL_OTHERS.key) && compared(found, words[0])) {
          continue; // "more than all other allies combined": the comparison reads it
        }
        int end = alliesAfter(t, members, entities, words[1], cue.equals(Cue.ALL_OTHERS.key));
        if (end < 0) {
          continue;
        }
        Entity ally = countryBefore(entities, words[0]);
        String group = ally == null ? OF_THE_ONE_BEFORE : "NATO-" + ally.group();
        entities.removeIf(e -> e.from() >= words[1] && e.to() <= end);
        int at = 0;
        while (at < entities.size() && entities.get(at).from() < words[0]) {
          at++;
        }
        entities.add(at, new Entity(words[0], end, group));
      }
    }
  }

  /**
   * The entities of a sentence with an ally's allies resolved against the ally the sentence before
   * spoke of; without one, they are dropped (no one to subtract).
   */
  static List<Entity> resolve(List<Entity> entities, String carried) {
    if (entities.stream().noneMatch(e -> e.group().equals(OF_THE_ONE_BEFORE))) {
      return entities;
    }
    List<Entity> out = new java.util.ArrayList<>();
    for (Entity e : entities) {
      if (!e.group().equals(OF_THE_ONE_BEFORE)) {
        out.add(e);
      } else if (carried != null && Anchors.isCountry(carried)) {
        out.add(new Entity(e.from(), e.to(), "NATO-" + carried));
      }
    }
    return List.copyOf(out);
  }

  /**
   * Where the allies named after a possessor or "the other" end: the word for allies (after a
   * number, for "the other 31 allies"), or the alliance's name ("its NATO allies"); -1 if neither.
   */
  private static int alliesAfter(
      List<Token> t, List<int[]> members, List<Entity> entities, int from, boolean others) {
    Entity alliance = entityAt(entities, from);
    if (alliance != null && alliance.group().equals("NATO")) {
      return alliance.to();
    }
    int limit = others ? MEMBERS_AFTER_OTHERS : 0;
    for (int k = from; k <= from + limit && k < t.size(); k++) {
      int[] word = startingAt(members, k);
      if (word != null) {
        return word[1];
      }
      if (t.get(k).kind() != Tokens.Kind.NUMBER && k > from) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether the words for "than" stand right before a token: "more than all other allies". */
  private static boolean compared(Map<String, List<int[]>> found, int at) {
    for (int[] s : found.getOrDefault("than", List.of())) {
      if (s[1] <= at && s[1] >= at - 1) {
        return true;
      }
    }
    return false;
  }

  private static Entity countryBefore(List<Entity> entities, int at) {
    Entity found = null;
    for (Entity e : entities) {
      if (e.to() <= at && Anchors.isCountry(e.group())) {
        found = e;
      }
    }
    return found;
  }

  private static Entity entityAt(List<Entity> entities, int at) {
    for (Entity e : entities) {
      if (e.from() == at) {
        return e;
      }
    }
    return null;
  }

  private static int[] startingAt(List<int[]> spans, int at) {
    int[] longest = null;
    for (int[] s : spans) {
      if (s[0] == at && (longest == null || s[1] > longest[1])) {
        longest = s;
      }
    }
    return longest;
  }
}
