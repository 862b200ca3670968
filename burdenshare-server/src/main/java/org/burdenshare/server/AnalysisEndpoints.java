package org.burdenshare.server;

import static org.burdenshare.server.Param.AS_OF;
import static org.burdenshare.server.Param.GROUP;
import static org.burdenshare.server.Param.RELEASE;
import static org.burdenshare.server.Param.YEAR;
import static org.burdenshare.server.Param.optional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.burdenshare.core.releases.ReleaseChoice;
import org.burdenshare.core.scenarios.ScenarioSpec;

/**
 * The API's analysis endpoints — targets, scenario, fair share (a year and over time), cost shares
 * — as rows of {@link Api}'s endpoint table, which adds them where the figures' endpoints end: one
 * table, written in two files by subject.
 */
final class AnalysisEndpoints {
  private AnalysisEndpoints() {}

  /** Targets, scenarios, fair share and cost shares. */
  static void addAnalysis(List<Endpoint> list) {
    List<org.burdenshare.core.targets.Target> targets =
        org.burdenshare.store.ReferenceData.targets();
    List<org.burdenshare.core.costshares.CostShares.Published> published =
        org.burdenshare.store.ReferenceData.publishedCostShares();
    list.add(
        new Endpoint(
            Api.PREFIX + "/targets",
            "analysis",
            "Who meets each guideline and pledge, since when, for how many years in a row",
            "Riga 2006, Wales 2014 (2 % and 20 %), Vilnius 2023, The Hague 2025 (3.5 % core; 1.5 %"
                + " related and 5 % total are not measurable: no published figures).",
            List.of(
                optional(
                    "year", "integer", null, "The year; default: the newest answerable.", "2024"),
                optional("target", "string", null, "Only this target id.", "wales-2014-gdp"),
                GROUP,
                AS_OF,
                RELEASE),
            r -> {
              String only = r.string("target");
              if (only != null && targets.stream().noneMatch(t -> t.id().equals(only))) {
                // 404 for an unknown target, as documented
                throw ApiException.notFound(
                    "There is no target '"
                        + only
                        + "'. Targets: "
                        + String.join(
                            ", ",
                            targets.stream().map(org.burdenshare.core.targets.Target::id).toList())
                        + ".");
              }
              return r.ask()
                  .targets(targets, r.integer("year"), only, r.string("group"), r.choice());
            }));
    list.add(
        new Endpoint(
            Api.PREFIX + "/scenario",
            "analysis",
            "What a target share of GDP would cost, and how likely it is reached",
            "Per ally and for the group: the spending path, the extra against today's share, the"
                + " cumulative cost, the year reached, and Monte Carlo percentiles and probability"
                + " (the chance: the share of simulated paths at or above the target in the target"
                + " year, not the chance of reaching it at some point before). Deterministic for a"
                + " seed.",
            List.of(
                optional(
                    "target",
                    "number",
                    String.valueOf(ScenarioSpec.DEFAULT_TARGET),
                    "Target share of GDP, percent.",
                    "3.5"),
                optional(
                    "by",
                    "integer",
                    String.valueOf(ScenarioSpec.DEFAULT_TARGET_YEAR),
                    "Target year.",
                    "2035"),
                optional(
                    "shape",
                    "string",
                    Api.lower(ScenarioSpec.DEFAULT_SHAPE),
                    "linear, front_loaded or constant_real_growth.",
                    "linear"),
                optional(
                    "gdp",
                    "string",
                    Api.lower(ScenarioSpec.DEFAULT_GDP),
                    "trend, uniform or stochastic.",
                    "stochastic"),
                optional(
                    "growth",
                    "number",
                    String.valueOf(ScenarioSpec.DEFAULT_UNIFORM_GROWTH),
                    "Real GDP growth for gdp=uniform.",
                    "0.015"),
                optional(
                    "inflation",
                    "number",
                    String.valueOf(ScenarioSpec.DEFAULT_INFLATION),
                    "Yearly inflation for current prices.",
                    "0.02"),
                optional(
                    "baseYear", "integer", null, "Base year; default: the release's last.", "2026"),
                optional(
                    "asOf",
                    "date",
                    null,
                    "Start from what had been published by this date: the newest full release"
                        + " published on or before it (the first year simulated is the year after"
                        + " its last). Excludes release.",
                    "2024-07-01"),
                optional(
                    "release",
                    "string",
                    null,
                    "The release of the base figures. Excludes asOf.",
                    "nato-2026-07"),
                GROUP,
                optional(
                    "paths",
                    "integer",
                    String.valueOf(ScenarioSpec.DEFAULT_PATHS),
                    "Monte Carlo paths per ally (at most 20,000).",
                    "2000"),
                optional(
                    "seed",
                    "integer",
                    String.valueOf(ScenarioSpec.DEFAULT_SEED),
                    "Random seed.",
                    "2025"),
                optional(
                    "trendYears",
                    "integer",
                    String.valueOf(ScenarioSpec.DEFAULT_TREND_YEARS),
                    "Years that define a trend.",
                    "5"),
                optional(
                    "damping",
                    "number",
                    String.valueOf(ScenarioSpec.DEFAULT_DAMPING),
                    "How much of an ally's recent surge of spending above its GDP growth it keeps"
                        + " each further year, from 0 to 1 (1: undamped).",
                    "0.8")),
            r -> {
              int paths = r.integer("paths");
              if (paths > 20_000) {
                throw ApiException.badRequest(
                    "paths must be at most 20,000 over the API, found " + paths + ".");
              }
              ReleaseChoice choice = r.choice();
              return r.ask()
                  .scenario(
                      new ScenarioSpec(
                          r.number("target"),
                          r.integer("by"),
                          enumValue(ScenarioSpec.PathShape.class, "shape", r.string("shape")),
                          enumValue(ScenarioSpec.GdpAssumption.class, "gdp", r.string("gdp")),
                          r.number("growth"),
                          r.number("inflation"),
                          r.integer("baseYear"),
                          null,
                          r.string("group"),
                          paths,
                          r.integer("seed"),
                          r.integer("trendYears"),
                          r.number("damping")),
                      choice);
            }));
    list.add(
        new Endpoint(
            Api.PREFIX + "/fairshare",
            "analysis",
            "Who carries whom in a year",
            "Spending share against GDP and population shares, the Olson–Zeckhauser rank"
                + " correlations with p-values, the U.S. share and the Herfindahl index.",
            List.of(YEAR, GROUP, AS_OF, RELEASE),
            r -> r.ask().fairShare(r.integer("year"), r.string("group"), r.choice())));
    list.add(
        new Endpoint(
            Api.PREFIX + "/fairshare/series",
            "analysis",
            "The Olson–Zeckhauser test and the concentration for every year",
            "Spearman and Kendall with p-values, U.S. share and Herfindahl index, year by year.",
            List.of(GROUP, AS_OF, RELEASE),
            r -> r.ask().fairShareOverTime(r.string("group"), r.choice())));
    list.add(
        new Endpoint(
            Api.PREFIX + "/costshare",
            "analysis",
            "Common-funding cost shares from GNI, with rules",
            "Rules as comma lists: cap=USA:22.14, match=USA:DEU, fixed=FRA:10.5. Published shares"
                + " we hold are shown beside, labelled partial and secondary.",
            List.of(
                optional("year", "integer", null, "The GNI year; default: the newest.", "2019"),
                optional("cap", "string", null, "Caps, ALLY:PERCENT,...", "USA:22.14"),
                optional("match", "string", null, "Matches, ALLY:OTHER,...", "USA:DEU"),
                optional("fixed", "string", null, "Fixed shares, ALLY:PERCENT,...", "FRA:10.5")),
            r -> costShares(r, published)));
  }

  static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
    try {
      return Enum.valueOf(type, value.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(
          "Query parameter '"
              + name
              + "' must be one of "
              + String.join(
                  ", ",
                  java.util.Arrays.stream(type.getEnumConstants())
                      .map(x -> x.name().toLowerCase(java.util.Locale.ROOT))
                      .toList())
              + ", found '"
              + value
              + "'.");
    }
  }

  static Object costShares(
      Request r, List<org.burdenshare.core.costshares.CostShares.Published> published) {
    Map<String, Double> caps = new LinkedHashMap<>();
    pairs(r, "cap").forEach((k, v) -> caps.put(k, number("cap", v)));
    Map<String, Double> fixed = new LinkedHashMap<>();
    pairs(r, "fixed").forEach((k, v) -> fixed.put(k, number("fixed", v)));
    return r.ask().costShares(r.integer("year"), caps, pairs(r, "match"), fixed, published);
  }

  static Map<String, String> pairs(Request r, String name) {
    Map<String, String> out = new LinkedHashMap<>();
    String v = r.string(name);
    if (v == null) {
      return out;
    }
    for (String part : v.split(",")) {
      String[] kv = part.split(":");
      if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank()) {
        throw ApiException.badRequest(
            "Query parameter '"
                + name
                + "' must be a list of ALLY:VALUE pairs, found '"
                + part
                + "'.");
      }
      out.put(kv[0].strip(), kv[1].strip());
    }
    return out;
  }

  static double number(String param, String v) {
    Double d = Params.number(param, v, "22.14");
    if (d == null) {
      throw ApiException.badRequest("In '" + param + "', a value is missing.");
    }
    return d;
  }
}
