package org.burdenshare.core.claims;

import java.util.List;
import org.burdenshare.core.claims.Mentions.Amount;
import org.burdenshare.core.claims.Mentions.Entity;

/** Figures a sentence asks of someone rather than states: demands, which are not judged. */
final class Demands {
  private Demands() {}

  /**
   * Whether a percentage is what someone asks of others: a word of demand before it, the allies
   * asked (a country, a group or the word for members) between the two, and no other figure, which
   * would be the one asked for ("Le président exige que les alliés consacrent 5 %", "chiede agli
   * alleati di spendere il 5 %", "eist dat de bondgenoten 5 procent besteden"; not "Die Nato
   * fordert zwei Prozent, Deutschland gibt 2,12 Prozent aus"). Without anyone named between them
   * the word may say an estimate ("Italy should spend 1.5 % this year"), which this does not
   * decide.
   */
  static boolean askedOf(Mentions m, Amount a) {
    for (int[] d : m.cues().getOrDefault("demand", List.of())) {
      if (d[1] > a.from()) {
        break;
      }
      boolean named = m.has("members", d[1], a.from());
      for (Entity e : m.entities()) {
        named |= e.from() >= d[1] && e.to() <= a.from();
      }
      // "Die Nato fordert zwei Prozent, Deutschland gibt 2,12 Prozent aus": the first figure after
      // the demand is the one asked for
      boolean figureBetween =
          m.amounts().stream().anyMatch(b -> b.from() >= d[1] && b.to() <= a.from());
      if (named && !figureBetween) {
        return true;
      }
    }
    return false;
  }
}
