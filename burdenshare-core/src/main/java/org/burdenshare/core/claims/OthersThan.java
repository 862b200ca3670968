package org.burdenshare.core.claims;

import java.util.List;
import java.util.Map;
import org.burdenshare.core.claims.Mentions.Entity;
import org.burdenshare.core.claims.Tokens.Token;

/**
 * The alliance less one ally: "NATO members other than the US", "allies excluding the United
 * States", "Apart from the US, the allies spent …". The sentence speaks of the rest of the
 * alliance, the group the claim language writes "NATO-USA"; read as two names, its figure was given
 * to the ally set apart.
 */
final class OthersThan {
  private OthersThan() {}

  /** Joins the alliance and the ally set apart from it into one entity, in place. */
  static void join(List<Token> t, Map<String, List<int[]>> found, List<Entity> entities) {
    List<int[]> apart = found.getOrDefault("otherThan", List.of());
    if (apart.isEmpty()) {
      return;
    }
    for (int[] cue : apart) {
      Entity ally = entityAt(entities, cue[1]);
      if (ally == null || !Anchors.isCountry(ally.group())) {
        continue;
      }
      // "NATO members other than the US", "allies excluding the United States", "los aliados, a
      // excepción de Estados Unidos,"
      int before = cue[0] > 0 && t.get(cue[0] - 1).is(",") ? cue[0] - 1 : cue[0];
      Entity alliance = entityEndingAt(entities, before);
      if (alliance != null && alliance.group().equals("NATO")) {
        replace(entities, alliance, ally, new Entity(alliance.from(), ally.to(), rest(ally)));
        continue;
      }
      int[] word = CueSpans.endingAt(found, Cue.MEMBERS.key, before);
      // ("than any other ally except Spain" is a place counted after the allies excepted)
      if (word != null
          && entityEndingAt(entities, word[0]) == null
          && CueSpans.endingAt(found, Cue.ANY_OTHER.key, word[0]) == null
          && CueSpans.endingAt(found, Cue.ALL_OTHERS.key, word[0]) == null) {
        replace(entities, ally, ally, new Entity(word[0], ally.to(), rest(ally)));
        continue;
      }
      // "Apart from the US, the allies spent …", "Ohne die USA gaben die NATO-Staaten …": the
      // set-apart words open the sentence, the alliance follows within a few words
      if (cue[0] == 0) {
        for (Entity after : entities) {
          if (after.from() >= ally.to()
              && after.from() <= ally.to() + ALLIANCE_AFTER
              && after.group().equals("NATO")) {
            replace(entities, after, ally, new Entity(after.from(), after.to(), rest(ally)));
            break;
          }
        }
      }
    }
  }

  /** How many words may stand between the ally set apart and the alliance after it (", the"). */
  private static final int ALLIANCE_AFTER = 3;

  /**
   * An ally's allies: "Washington's European partners", "America's NATO allies" are the group the
   * possessive qualifies (the alliance less the possessor), not the possessor.
   */
  static void possessed(List<Token> t, List<Entity> entities) {
    for (int k = 0; k + 1 < entities.size(); k++) {
      Entity owner = entities.get(k);
      Entity group = entities.get(k + 1);
      boolean adjoining =
          group.from() == owner.to() + 1 && t.get(owner.to()).is(Tokens.POSSESSIVE)
              || group.from() == owner.to();
      if (adjoining
          && owner.possessive(t)
          && Anchors.isCountry(owner.group())
          && !Anchors.isCountry(group.group())) {
        String named = group.group().equals("NATO") ? rest(owner) : group.group();
        entities.set(k, new Entity(owner.from(), group.to(), named));
        entities.remove(k + 1);
      }
    }
  }

  private static String rest(Entity ally) {
    return "NATO-" + ally.group();
  }

  /** Removes {@code a} and {@code b} and puts {@code joined} where the first of them stood. */
  private static void replace(List<Entity> entities, Entity a, Entity b, Entity joined) {
    int at = Math.min(entities.indexOf(a), entities.indexOf(b));
    entities.remove(a);
    entities.remove(b);
    entities.add(at, joined);
  }

  /** The entity that starts at token {@code at}, skipping an article ("other than the US"). */
  private static Entity entityAt(List<Entity> entities, int at) {
    for (Entity e : entities) {
      if (e.from() == at || e.from() == at + 1) {
        return e;
      }
    }
    return null;
  }

  private static Entity entityEndingAt(List<Entity> entities, int at) {
    for (Entity e : entities) {
      if (e.to() == at) {
        return e;
      }
    }
    return null;
  }
}
