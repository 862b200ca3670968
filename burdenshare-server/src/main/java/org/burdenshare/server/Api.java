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
import org.burdenshare.store.Manifest;

/**
 * The read-only JSON API under /api/v1. Each endpoint is a thin call into the engine; the answer
 * objects are the same records the CLI prints with --format json.
 *
 * <p>It is the endpoint table — each endpoint with its parameters, their types, defaults,
 * descriptions and examples — from which requests are checked and the OpenAPI document is written:
 * one list, built here, whose analysis rows {@link AnalysisEndpoints} adds. One table is what keeps
 * the API, its checks and its documentation from drifting apart.
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
    AnalysisEndpoints.addAnalysis(list);
    return List.copyOf(list);
  }

  static String code(Figures data, String name) {
    return data.countries().get(name).iso3();
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

  static String lower(Enum<?> e) {
    return e.name().toLowerCase(java.util.Locale.ROOT);
  }
}
