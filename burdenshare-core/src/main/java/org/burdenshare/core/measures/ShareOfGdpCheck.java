package org.burdenshare.core.measures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.burdenshare.core.figures.Figures;
import org.burdenshare.core.figures.Observation;
import org.burdenshare.core.indicators.Indicators;

/**
 * Recomputes each country's share of GDP from the expenditure and GDP of the same release and lists
 * where it disagrees with the published share by more than rounding explains. The price basis
 * (current or constant) is the one the release evidently used: the one that agrees more often.
 *
 * <p>Rounding explains: half a unit of the last decimal the release stores its shares with, plus
 * the relative effect of the rounding of expenditure and GDP to the decimals the release stores
 * them with (whole millions in NATO's 2026 edition, nine decimals in the June 2019 transcription,
 * full double precision in June 2024), plus 1e-9 relative for floating point.
 */
public final class ShareOfGdpCheck {
  /** The outcome for one release. */
  public record Result(String release, String basis, int checked, List<Discrepancy> discrepancies) {
    public Result {
      discrepancies = List.copyOf(discrepancies);
    }
  }

  /** One country-year where the published share is not expenditure ÷ GDP within rounding. */
  public record Discrepancy(
      String country, int year, double published, double recomputed, double tolerance) {}

  /** The price basis of the expenditure and GDP the share is recomputed from. */
  public enum Basis {
    CURRENT(Indicators.DEFENCE_EXP_CURRENT_USD, Indicators.GDP_CURRENT_USD, "current prices"),
    CONSTANT(Indicators.DEFENCE_EXP_CONSTANT_USD, "gdp_constant_usd", "constant prices");

    private final String expenditure;
    private final String gdp;
    private final String label;

    Basis(String expenditure, String gdp, String label) {
      this.expenditure = expenditure;
      this.gdp = gdp;
      this.label = label;
    }
  }

  private ShareOfGdpCheck() {}

  /** Empty when the release lacks either expenditure or GDP in a common basis. */
  public static Optional<Result> check(Figures data, String release) {
    Result current = check(data, release, Basis.CURRENT);
    Result constant = check(data, release, Basis.CONSTANT);
    Result best =
        current.checked() == 0
            ? constant
            : constant.checked() == 0
                ? current
                : current.discrepancies().size() <= constant.discrepancies().size()
                    ? current
                    : constant;
    return best.checked() == 0 ? Optional.empty() : Optional.of(best);
  }

  /** The check on one price basis. */
  public static Result check(Figures data, String release, Basis basis) {
    int shareDecimals = storedDecimals(data, release, Indicators.SHARE_OF_GDP);
    int spentDecimals = storedDecimals(data, release, basis.expenditure);
    int gdpDecimals = storedDecimals(data, release, basis.gdp);
    int checked = 0;
    List<Discrepancy> off = new ArrayList<>();
    for (int year : data.years(release, Indicators.SHARE_OF_GDP)) {
      Map<String, Observation> shares = data.figures(release, Indicators.SHARE_OF_GDP, year);
      Map<String, Observation> spent = data.figures(release, basis.expenditure, year);
      Map<String, Observation> gdp = data.figures(release, basis.gdp, year);
      for (Observation share : shares.values()) {
        Observation e = spent.get(share.country());
        Observation g = gdp.get(share.country());
        if (!data.countries().contains(share.country()) || e == null || g == null) {
          continue;
        }
        Units.Scaled eu = Units.parse(e.unit());
        Units.Scaled gu = Units.parse(g.unit());
        if (!eu.basis().equals(gu.basis()) || g.value() == 0) {
          continue;
        }
        checked++;
        double recomputed = e.value() * eu.factor() / (g.value() * gu.factor()) * 100;
        double tolerance =
            halfUnit(shareDecimals)
                + recomputed
                    * (halfUnit(spentDecimals) / Math.abs(e.value())
                        + halfUnit(gdpDecimals) / Math.abs(g.value())
                        + 1e-9);
        if (Math.abs(recomputed - share.value()) > tolerance + 1e-12) {
          off.add(new Discrepancy(share.country(), year, share.value(), recomputed, tolerance));
        }
      }
    }
    off.sort(
        java.util.Comparator.comparing(Discrepancy::country).thenComparingInt(Discrepancy::year));
    return new Result(release, basis.label, checked, off);
  }

  private static double halfUnit(int decimals) {
    return 0.5 * Math.pow(10, -decimals);
  }

  /** The most decimals any of a release's figures of an indicator is stored with. */
  private static int storedDecimals(Figures data, String release, String indicator) {
    int most = 0;
    for (int year : data.years(release, indicator)) {
      for (Observation o : data.figures(release, indicator, year).values()) {
        most = Math.max(most, BigDecimal.valueOf(o.value()).stripTrailingZeros().scale());
      }
    }
    return most;
  }
}
