package org.burdenshare.cli.commands;

import java.util.LinkedHashMap;
import java.util.Map;
import org.burdenshare.core.Engine;
import org.burdenshare.core.InvalidQueryException;
import org.burdenshare.core.costshares.CostShares;
import org.burdenshare.core.dataset.Observation;
import org.burdenshare.core.releases.ReleaseChoice;
import org.burdenshare.core.releases.Selection;
import org.burdenshare.render.Num;
import org.burdenshare.render.Rendered;
import org.burdenshare.store.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "costshare",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Common-funding cost shares computed from gross national income (World Bank, Atlas method)"
          + " with NATO-style rules, beside the few published shares we hold (partial, secondary"
          + " sources).",
      "Example (the 2021 formula): burdenshare costshare --year 2019 --match USA=DEU --fixed FRA=10.5"
    })
public final class CostshareCommand extends AnswerCommand {
  @Option(
      names = "--year",
      paramLabel = "YEAR",
      description = "The GNI year. Default: the newest with GNI.")
  Integer year;

  @Option(
      names = "--cap",
      paramLabel = "ALLY=PERCENT",
      description = "Cap an ally's share, e.g. USA=22.14.")
  Map<String, Double> caps = new LinkedHashMap<>();

  @Option(
      names = "--match",
      paramLabel = "ALLY=OTHER",
      description = "Give an ally the share of another, e.g. USA=DEU.")
  Map<String, String> matches = new LinkedHashMap<>();

  @Option(
      names = "--fixed",
      paramLabel = "ALLY=PERCENT",
      description = "An ally outside the formula at a fixed share.")
  Map<String, Double> fixed = new LinkedHashMap<>();

  @Override
  protected Rendered answer(Engine engine) {
    var data = engine.dataset();
    int y = year != null ? year : data.years("gni_atlas_current_usd").last();
    Selection s = data.select("gni_atlas_current_usd", y, ReleaseChoice.latest());
    Map<String, Observation> gni = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (String c : engine.group("NATO", y).members()) {
      data.find(s.release().id(), "gni_atlas_current_usd", y, c).ifPresent(o -> gni.put(c, o));
      names.put(c, data.countries().nameOf(c));
    }
    CostShares.Rules rules =
        new CostShares.Rules(
            codes(engine, caps), codeValues(engine, matches), codes(engine, fixed));
    CostShares.Result res =
        CostShares.compute(
            y, s.release().ref(), gni, names, rules, ReferenceData.publishedCostShares());
    Rendered r =
        new Rendered(res)
            .header(
                "Cost shares of NATO's common funding from GNI of "
                    + y
                    + " ("
                    + s.release().id()
                    + ")")
            .columns("country", "name", "GNI share %", "cost share %", "rule", "published %");
    for (CostShares.Share x : res.shares()) {
      r.row(
          x.country(),
          x.name(),
          new Num(x.gniShare(), 2, false),
          new Num(x.share(), 2, false),
          x.rule(),
          x.published() == null ? null : new Num(x.published(), 2, false));
    }
    r.footer(String.format(java.util.Locale.ROOT, "Total %.2f %%.", res.total()));
    res.notes().forEach(r::footer);
    r.csvColumns(
        "country",
        "name",
        "gni",
        "gni_share",
        "share",
        "rule",
        "published",
        "published_quality",
        "year");
    for (CostShares.Share x : res.shares()) {
      r.csvRow(
          x.country(),
          x.name(),
          Num.of(x.gni()),
          Num.of(x.gniShare()),
          Num.of(x.share()),
          x.rule(),
          x.published() == null ? null : Num.of(x.published()),
          x.publishedQuality(),
          y);
    }
    return r;
  }

  private static <V> Map<String, V> codes(Engine engine, Map<String, V> m) {
    Map<String, V> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(engine.dataset().countries().get(k).iso3(), v));
    return out;
  }

  private static Map<String, String> codeValues(Engine engine, Map<String, String> m) {
    Map<String, String> out = new LinkedHashMap<>();
    m.forEach(
        (k, v) -> {
          String a = engine.dataset().countries().get(k).iso3();
          String b = engine.dataset().countries().get(v).iso3();
          if (a.equals(b)) {
            throw new InvalidQueryException(
                "--match " + k + "=" + v + " matches an ally to itself.");
          }
          out.put(a, b);
        });
    return out;
  }
}
