package org.burdenshare.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.burdenshare.core.Engine;
import org.burdenshare.core.indicators.Indicators;
import org.burdenshare.core.measures.Comparison;
import org.burdenshare.core.measures.GuidelineCheck;
import org.burdenshare.core.releases.ReleaseChoice;
import org.burdenshare.render.Num;
import org.burdenshare.store.Store;

/** The headline figures shown when burdenshare is run without a command. */
final class Overview {
  private Overview() {}

  static void print(Store store, Engine engine, PrintWriter out) {
    var data = engine.figures();
    out.println("burdenshare: who pays for the alliance, measured and checkable.");
    out.println(
        "Database: "
            + store.databaseFile()
            + " ("
            + data.releases().size()
            + " releases, "
            + String.format(Locale.ROOT, "%,d", data.observationCount())
            + " figures)");
    int year = data.years(Indicators.DEFENCE_EXP_CURRENT_USD).last();
    ReleaseChoice latest = ReleaseChoice.latest();
    Comparison c =
        engine.compare("USA", "NATO-USA", Indicators.DEFENCE_EXP_CURRENT_USD, year, latest);
    GuidelineCheck two = engine.guideline(Indicators.SHARE_OF_GDP, 2, year, "NATO", latest);
    GuidelineCheck core = engine.guideline(Indicators.SHARE_OF_GDP, 3.5, year, "NATO", latest);
    String e = c.a().estimate() ? " (estimates)" : "";
    out.println();
    out.println("In " + year + e + ", by " + c.release().id() + " (" + c.release().title() + "):");
    out.println(
        "  NATO spends "
            + Num.of(c.a().total() + c.b().total()).text()
            + " "
            + c.unit()
            + " on defence; the United States "
            + Num.of(c.a().total()).text()
            + ", the other "
            + c.b().allies().size()
            + " allies "
            + Num.of(c.b().total()).text()
            + String.format(Locale.ROOT, " (ratio %.2f).", c.ratio()));
    out.println(
        "  "
            + two.count()
            + " of "
            + two.allies()
            + " allies are at or above 2 % of GDP, "
            + core.count()
            + " at or above 3.5 %.");
  }
}
