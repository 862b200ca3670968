package org.burdenshare.core.costshares;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.burdenshare.core.errors.InvalidQueryException;
import org.burdenshare.core.figures.Observation;
import org.burdenshare.core.releases.ReleaseRef;

/**
 * Common-funding cost shares computed from gross national income, with the rules NATO's formula has
 * used: a cap on one ally's share, one ally matched to another's share (the United States to
 * Germany's from 2021), and allies outside the formula at a fixed share. Shown beside the few
 * published shares we hold, which are partial and from secondary sources.
 */
public final class CostShares {
  private CostShares() {}

  /** The rules: caps and fixed shares in percent; matches follower → leader. */
  public record Rules(
      Map<String, Double> caps, Map<String, String> matches, Map<String, Double> fixed) {
    public Rules {
      caps = Map.copyOf(caps);
      matches = Map.copyOf(matches);
      fixed = Map.copyOf(fixed);
    }

    public static Rules none() {
      return new Rules(Map.of(), Map.of(), Map.of());
    }
  }

  /** A published share for a period, with its source and the quality of that source. */
  public record Published(
      int periodStart,
      int periodEnd,
      String country,
      double percent,
      String source,
      String quality) {}

  /** One ally's computed share, its plain GNI share, and the published one where we hold it. */
  public record Share(
      String country,
      String name,
      double gni,
      double gniShare,
      double share,
      String rule,
      Double published,
      String publishedQuality) {}

  public record Result(
      int year,
      ReleaseRef gniRelease,
      String gniIndicator,
      Rules rules,
      List<Share> shares,
      double total,
      List<Observation> evidence,
      List<String> notes) {
    public Result {
      shares = List.copyOf(shares);
      evidence = List.copyOf(evidence);
      notes = List.copyOf(notes);
    }
  }

  /**
   * Computes the shares.
   *
   * @param gni each member's GNI observation for the year
   * @param names country names
   */
  public static Result compute(
      int year,
      ReleaseRef release,
      Map<String, Observation> gni,
      Map<String, String> names,
      Rules rules,
      List<Published> published) {
    for (String c : rules.caps().keySet()) {
      require(gni, c, "cap");
    }
    rules
        .matches()
        .forEach(
            (f, l) -> {
              require(gni, f, "match");
              require(gni, l, "match");
              if (rules.matches().containsKey(l)) {
                throw new InvalidQueryException(
                    "Matches cannot chain: " + l + " is matched to another ally itself.");
              }
            });
    double fixedTotal = rules.fixed().values().stream().mapToDouble(Double::doubleValue).sum();
    if (fixedTotal >= 100) {
      throw new InvalidQueryException(
          "The fixed shares add up to " + fixedTotal + " %: they must leave room for the others.");
    }
    double totalGni = gni.values().stream().mapToDouble(Observation::value).sum();
    Map<String, Double> share = new LinkedHashMap<>();
    // Free allies get lambda x GNI; a matched ally gets its leader's share; binding caps and fixed
    // shares are set aside. Solve for lambda, then add any cap that the result breaks, and again.
    java.util.Set<String> capped = new java.util.HashSet<>();
    for (int round = 0; round <= rules.caps().size(); round++) {
      double bound = fixedTotal;
      double weight = 0;
      for (String c : gni.keySet()) {
        if (rules.fixed().containsKey(c)) {
          continue;
        }
        String leader = rules.matches().getOrDefault(c, c);
        if (capped.contains(c)) {
          bound += rules.caps().get(c);
        } else if (rules.fixed().containsKey(leader)) {
          bound += rules.fixed().get(leader);
        } else if (capped.contains(leader)) {
          bound += rules.caps().get(leader);
        } else {
          weight += gni.get(leader).value();
        }
      }
      double lambda = weight == 0 ? 0 : (100 - bound) / weight;
      for (String c : gni.keySet()) {
        String leader = rules.matches().getOrDefault(c, c);
        double v;
        if (rules.fixed().containsKey(c)) {
          v = rules.fixed().get(c);
        } else if (capped.contains(c)) {
          v = rules.caps().get(c);
        } else if (rules.fixed().containsKey(leader)) {
          v = rules.fixed().get(leader);
        } else if (capped.contains(leader)) {
          v = rules.caps().get(leader);
        } else {
          v = lambda * gni.get(leader).value();
        }
        share.put(c, v);
      }
      boolean more = false;
      for (Map.Entry<String, Double> cap : rules.caps().entrySet()) {
        if (!capped.contains(cap.getKey()) && share.get(cap.getKey()) > cap.getValue() + 1e-12) {
          capped.add(cap.getKey());
          more = true;
        }
      }
      if (!more) {
        break;
      }
    }
    double sum = share.values().stream().mapToDouble(Double::doubleValue).sum();
    if (Math.abs(sum - 100) > 1e-6) {
      throw new InvalidQueryException(
          String.format(
              java.util.Locale.ROOT,
              "These rules cannot add up to 100 %%: the capped, matched and fixed shares leave %.2f %%"
                  + " with no ally left to carry it by GNI. Loosen a cap or fix fewer allies.",
              100 - sum));
    }
    List<Share> out = new ArrayList<>();
    List<Observation> evidence = new ArrayList<>(gni.values());
    for (String c : gni.keySet()) {
      String rule =
          rules.fixed().containsKey(c)
              ? "fixed at " + rules.fixed().get(c) + " %"
              : rules.matches().containsKey(c)
                  ? "matched to " + rules.matches().get(c)
                  : rules.caps().containsKey(c)
                      ? "capped at " + rules.caps().get(c) + " %"
                      : "by GNI";
      Published p =
          published.stream()
              .filter(
                  x -> x.country().equals(c) && x.periodStart() <= year && year <= x.periodEnd())
              .findFirst()
              .orElse(null);
      out.add(
          new Share(
              c,
              names.getOrDefault(c, c),
              gni.get(c).value(),
              gni.get(c).value() / totalGni * 100,
              share.get(c),
              rule,
              p == null ? null : p.percent(),
              p == null ? null : p.quality() + "; " + p.source()));
    }
    out.sort(Comparator.comparingDouble(Share::share).reversed());
    List<String> notes = new ArrayList<>();
    notes.add(
        "Computed from GNI (World Bank, Atlas method) of "
            + year
            + "; NATO's own formula uses GNI with adjustments it does not publish in full, so"
            + " these are an approximation.");
    if (published.stream().anyMatch(p -> p.periodStart() <= year && year <= p.periodEnd())) {
      notes.add(
          "Published shares are partial and from secondary sources (press reports), not NATO's own table.");
    }
    return new Result(year, release, "gni_atlas_current_usd", rules, out, sum, evidence, notes);
  }

  private static void require(Map<String, Observation> gni, String c, String rule) {
    if (!gni.containsKey(c)) {
      throw new InvalidQueryException(
          "The "
              + rule
              + " rule names "
              + c
              + ", which has no GNI figure among the members this year.");
    }
  }
}
