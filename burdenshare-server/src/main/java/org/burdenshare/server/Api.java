package org.burdenshare.server;

import static org.burdenshare.server.Param.AS_OF;
import static org.burdenshare.server.Param.GROUP;
import static org.burdenshare.server.Param.RELEASE;
import static org.burdenshare.server.Param.YEAR;
import static org.burdenshare.server.Param.optional;
import static org.burdenshare.server.Param.required;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import org.burdenshare.core.Engine;
import org.burdenshare.core.countries.Country;
import org.burdenshare.core.figures.Figures;
import org.burdenshare.core.figures.Observation;
import org.burdenshare.core.groups.GroupDefinition;
import org.burdenshare.core.indicators.Indicator;
import org.burdenshare.core.indicators.Indicators;
import org.burdenshare.core.releases.Release;
import org.burdenshare.core.releases.ReleaseChoice;
import org.burdenshare.core.scenarios.ScenarioSpec;
import org.burdenshare.store.Manifest;

/**
 * The read-only JSON API under /api/v1. Each endpoint is a thin call into the engine; the answer
 * objects are the same records the CLI prints with --format json.
 *
 * <p>Why this file is long (about 600 lines): it is the endpoint table — each endpoint with its
 * parameters, their types, defaults, descriptions and examples — from which requests are checked
 * and the OpenAPI document is written. One table in one place is what keeps the API, its checks and
 * its documentation from drifting apart; split, it would be several tables to keep in step.
 */
public final class Api {
  public static final String PREFIX = "/api/v1";

  private Api() {}

  /** Answers for the reference data (allies, groups, indicators) and the sources. */
  public record Allies(Integer year, int count, List<Country> allies) {}

  public record GroupInfo(
      String name, String description, String expression, int year, List<String> members) {}

  public record Groups(int year, List<GroupInfo> groups) {}

  public record IndicatorInfo(
      String id,
      String name,
      String definition,
      boolean additive,
      Map<String, List<String>> units) {}

  public record Releases(List<Release> releases) {}

  /** The catalogue of a publisher's editions, with the release that holds each. */
  public record EditionCatalogue(
      String dataset, List<org.burdenshare.core.releases.Editions.Entry> editions) {}

  public record ReleaseDetail(Release release, Map<String, List<Integer>> years) {}

  public record Sources(List<Release> releases, List<Manifest.Supplement> supplements) {}

  public record Health(String status, String snapshot, int releases, int observations) {}

  public static List<Endpoint> endpoints(List<Manifest.Supplement> supplements) {
    List<Endpoint> list = new ArrayList<>();
    list.add(
        new Endpoint(
            PREFIX + "/allies",
            "reference",
            "Allies and their accession dates",
            "All allies, or the members in a year. Iceland is an ally without armed forces.",
            List.of(optional("year", "integer", null, "Only the members in this year.", "2019")),
            r -> allies(r.engine(), r.integer("year"))));
    list.add(
        new Endpoint(
            PREFIX + "/groups",
            "reference",
            "Named groups and their members in a year",
            "NATO and EU follow membership of the year; the others are set expressions.",
            List.of(optional("year", "integer", "2026", "The year for membership.", "2024")),
            r -> groups(r.engine(), r.integer("year"))));
    list.add(
        new Endpoint(
            PREFIX + "/members",
            "reference",
            "The members of a group or set expression in a year",
            "Resolves any group argument, e.g. NATO-USA or NATO&EU.",
            List.of(GROUP, YEAR),
            r -> r.engine().group(r.string("group"), r.integer("year"))));
    list.add(
        new Endpoint(
            PREFIX + "/releases",
            "sources",
            "The releases the figures come from",
            "Publisher, title, publication and cut-off dates, URL, attribution, licence, notes.",
            List.of(),
            r -> new Releases(r.engine().figures().releases())));
    list.add(
        new Endpoint(
            PREFIX + "/releases/{id}",
            "sources",
            "One release and the years it covers for each indicator",
            "404 when there is no such release.",
            List.of(required("id", "string", "The release id.", "nato-2019-06")),
            r -> release(r.engine().figures(), r.string("id"))));
    list.add(
        new Endpoint(
            PREFIX + "/editions",
            "sources",
            "Every edition NATO is known to have published, in the database or not",
            "The catalogue of NATO's defence-expenditure editions and the Secretary General's"
                + " Annual Reports: publication and cut-off dates, the confidence in them, and the"
                + " release that holds each edition's figures (null when the database lacks it)."
                + " Answers as of a date name the editions published by then that they could not"
                + " use.",
            List.of(),
            r -> {
              var data = r.engine().figures();
              return new EditionCatalogue(
                  data.editions().dataset(), data.editions().entries(data.releases()));
            }));
    list.add(
        new Endpoint(
            PREFIX + "/indicators",
            "reference",
            "The indicators, their definitions and units",
            "The unit of each indicator in each release that has it; whether it may be added over"
                + " a group.",
            List.of(),
            r -> indicators(r.engine().figures())));
    list.add(
        new Endpoint(
            PREFIX + "/sources",
            "sources",
            "Where every figure comes from",
            "Every release with its provenance, and the bundled supplementary files with their"
                + " quality.",
            List.of(),
            r -> new Sources(r.engine().figures().releases(), supplements)));
    Param indicator =
        required("indicator", "string", "The indicator id.", Indicators.DEFENCE_EXP_CURRENT_USD);
    list.add(
        new Endpoint(
            PREFIX + "/series",
            "figures",
            "An indicator for a group's members over a span of years",
            "Under asOf each year is answered by the newest release published by then that covers"
                + " it; years no such release covers are listed in unanswered, never filled from a"
                + " later release.",
            List.of(
                indicator,
                GROUP,
                optional(
                    "from", "integer", null, "First year; default: the first answerable.", "2014"),
                optional("to", "integer", null, "Last year; default: the last answerable.", "2026"),
                AS_OF,
                RELEASE),
            r -> series(r)));
    list.add(
        new Endpoint(
            PREFIX + "/compare",
            "figures",
            "Two groups' totals of an indicator in a year",
            "Both totals, ratio, difference, the allies on each side and those without figures.",
            List.of(
                required("a", "string", "A country or group.", "USA"),
                required("b", "string", "Another country or group.", "NATO-USA"),
                indicator,
                YEAR,
                AS_OF,
                RELEASE),
            r ->
                r.engine()
                    .compare(
                        r.string("a"),
                        r.string("b"),
                        r.string("indicator"),
                        r.integer("year"),
                        r.choice())));
    list.add(
        new Endpoint(
            PREFIX + "/share",
            "figures",
            "A part's share of a whole's total",
            "E.g. the United States' share of NATO's defence expenditure.",
            List.of(
                required("part", "string", "A country or group.", "USA"),
                optional("whole", "string", "NATO", "A group containing the part.", "NATO"),
                optional(
                    "indicator",
                    "string",
                    Indicators.DEFENCE_EXP_CURRENT_USD,
                    "An indicator that may be added up.",
                    Indicators.DEFENCE_EXP_CURRENT_USD),
                YEAR,
                AS_OF,
                RELEASE),
            r ->
                r.engine()
                    .share(
                        r.string("part"),
                        r.string("whole"),
                        r.string("indicator"),
                        r.integer("year"),
                        r.choice())));
    list.add(
        new Endpoint(
            PREFIX + "/guideline",
            "figures",
            "Who is at or above a guideline",
            "Judged at the precision the publisher prints (NATO: two decimals).",
            List.of(
                optional(
                    "indicator",
                    "string",
                    Indicators.SHARE_OF_GDP,
                    "The indicator to judge.",
                    Indicators.SHARE_OF_GDP),
                required("threshold", "number", "The guideline in the indicator's unit.", "2"),
                YEAR,
                GROUP,
                AS_OF,
                RELEASE),
            r ->
                r.engine()
                    .guideline(
                        r.string("indicator"),
                        r.number("threshold"),
                        r.integer("year"),
                        r.string("group"),
                        r.choice())));
    list.add(
        new Endpoint(
            PREFIX + "/gap",
            "figures",
            "The money gap of each ally to a target share of GDP",
            "target × GDP − expenditure in current USD, GDP implied by the published share.",
            List.of(
                required("target", "number", "The target share of GDP, in percent.", "3.5"),
                YEAR,
                GROUP,
                AS_OF,
                RELEASE),
            r ->
                r.engine()
                    .gap(r.number("target"), r.integer("year"), r.string("group"), r.choice())));
    list.add(
        new Endpoint(
            PREFIX + "/rank",
            "figures",
            "A group's members ranked by an indicator",
            "Highest first; equal figures share a rank.",
            List.of(indicator, YEAR, GROUP, AS_OF, RELEASE),
            r ->
                r.engine()
                    .rank(
                        r.string("indicator"), r.integer("year"), r.string("group"), r.choice())));
    list.add(
        new Endpoint(
            PREFIX + "/revisions",
            "figures",
            "One country's figures as each release published them",
            "The same year differs between releases: revisions, and estimates becoming outturns.",
            List.of(indicator, required("country", "string", "A country code or name.", "DEU")),
            r -> r.engine().revisions(r.string("indicator"), r.string("country"))));
    addAnalysis(list);
    return List.copyOf(list);
  }

  /** Targets, scenarios, fair share and cost shares. */
  private static void addAnalysis(List<Endpoint> list) {
    List<org.burdenshare.core.targets.Target> targets =
        org.burdenshare.store.ReferenceData.targets();
    List<org.burdenshare.core.costshares.CostShares.Published> published =
        org.burdenshare.store.ReferenceData.publishedCostShares();
    list.add(
        new Endpoint(
            PREFIX + "/targets",
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
            PREFIX + "/scenario",
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
                    lower(ScenarioSpec.DEFAULT_SHAPE),
                    "linear, front_loaded or constant_real_growth.",
                    "linear"),
                optional(
                    "gdp",
                    "string",
                    lower(ScenarioSpec.DEFAULT_GDP),
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
            PREFIX + "/fairshare",
            "analysis",
            "Who carries whom in a year",
            "Spending share against GDP and population shares, the Olson–Zeckhauser rank"
                + " correlations with p-values, the U.S. share and the Herfindahl index.",
            List.of(YEAR, GROUP, AS_OF, RELEASE),
            r -> r.ask().fairShare(r.integer("year"), r.string("group"), r.choice())));
    list.add(
        new Endpoint(
            PREFIX + "/fairshare/series",
            "analysis",
            "The Olson–Zeckhauser test and the concentration for every year",
            "Spearman and Kendall with p-values, U.S. share and Herfindahl index, year by year.",
            List.of(GROUP, AS_OF, RELEASE),
            r -> r.ask().fairShareOverTime(r.string("group"), r.choice())));
    list.add(
        new Endpoint(
            PREFIX + "/costshare",
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

  private static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
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

  private static Object costShares(
      Request r, List<org.burdenshare.core.costshares.CostShares.Published> published) {
    Map<String, Double> caps = new LinkedHashMap<>();
    pairs(r, "cap").forEach((k, v) -> caps.put(k, number("cap", v)));
    Map<String, Double> fixed = new LinkedHashMap<>();
    pairs(r, "fixed").forEach((k, v) -> fixed.put(k, number("fixed", v)));
    return r.ask().costShares(r.integer("year"), caps, pairs(r, "match"), fixed, published);
  }

  private static Map<String, String> pairs(Request r, String name) {
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

  private static String code(Figures data, String name) {
    return data.countries().get(name).iso3();
  }

  private static double number(String param, String v) {
    Double d = Params.number(param, v, "22.14");
    if (d == null) {
      throw ApiException.badRequest("In '" + param + "', a value is missing.");
    }
    return d;
  }

  static Allies allies(Engine engine, Integer year) {
    var countries = engine.figures().countries();
    if (year == null) {
      List<Country> all = countries.allies();
      return new Allies(null, all.size(), all);
    }
    Figures.checkYear(year);
    List<Country> members = countries.alliesIn(year);
    return new Allies(year, members.size(), members);
  }

  static Groups groups(Engine engine, int year) {
    Figures.checkYear(year);
    List<GroupInfo> out = new ArrayList<>();
    for (GroupDefinition d : engine.figures().groups().definitions()) {
      out.add(
          new GroupInfo(
              d.name(),
              d.description(),
              d.expression(),
              year,
              engine.group(d.name(), year).members()));
    }
    return new Groups(year, out);
  }

  static ReleaseDetail release(Figures data, String id) {
    Release r =
        data.releases().stream()
            .filter(x -> x.id().equals(id))
            .findFirst()
            .orElseThrow(
                () -> {
                  List<String> ids = data.releases().stream().map(Release::id).toList();
                  List<String> close = org.burdenshare.core.errors.Suggestions.closest(id, ids);
                  return new ApiException(
                      404,
                      "There is no release '"
                          + id
                          + "'."
                          + org.burdenshare.core.errors.Suggestions.didYouMean(close)
                          + " Releases: "
                          + String.join(", ", ids)
                          + ".",
                      close);
                });
    Map<String, List<Integer>> years = new LinkedHashMap<>();
    for (Indicator i : Indicators.all()) {
      NavigableSet<Integer> ys = data.years(r.id(), i.id());
      if (!ys.isEmpty()) {
        years.put(i.id(), List.copyOf(ys));
      }
    }
    return new ReleaseDetail(r, years);
  }

  static List<IndicatorInfo> indicators(Figures data) {
    List<IndicatorInfo> out = new ArrayList<>();
    for (Indicator i : Indicators.all()) {
      Map<String, List<String>> units = new LinkedHashMap<>();
      for (Release r : data.releases()) {
        TreeSet<String> u = new TreeSet<>();
        for (int y : data.years(r.id(), i.id())) {
          data.figures(r.id(), i.id(), y).values().stream().map(Observation::unit).forEach(u::add);
        }
        if (!u.isEmpty()) {
          units.put(r.id(), List.copyOf(u));
        }
      }
      out.add(new IndicatorInfo(i.id(), i.name(), i.definition(), i.additive(), units));
    }
    return out;
  }

  static Object series(Request r) {
    String indicator = r.string("indicator");
    ReleaseChoice choice = r.choice();
    Integer from = r.integer("from");
    Integer to = r.integer("to");
    if (from == null || to == null) {
      NavigableSet<Integer> years = r.engine().figures().answerableYears(indicator, choice);
      if (years.isEmpty()) {
        throw ApiException.badRequest("No release visible for this choice has " + indicator + ".");
      }
      from = from == null ? years.first() : from;
      to = to == null ? years.last() : to;
    }
    return r.engine().table(indicator, r.string("group"), from, to, choice);
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(java.util.Locale.ROOT);
  }
}
