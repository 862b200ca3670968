package org.burdenshare.core.claims;

import java.math.BigDecimal;
import java.util.function.UnaryOperator;

/**
 * One side of a claim. The printed form of every value is its form in the claim language, so a
 * claim prints as it parses.
 */
public sealed interface Value {

  /** The figure a value is about (a share's part), or null for a number. */
  static Figure figureOf(Value v) {
    if (v instanceof Figure f) {
      return f;
    } else if (v instanceof Sum s) {
      return s.of();
    } else if (v instanceof Top t) {
      return t.of();
    } else if (v instanceof Count c) {
      return c.of();
    } else if (v instanceof Share s) {
      return s.part();
    } else if (v instanceof Rank r) {
      return r.within();
    } else if (v instanceof Change c) {
      return c.of();
    } else if (v instanceof Gap g) {
      return g.spending();
    } else if (v instanceof Added a) {
      return a.of();
    }
    return null;
  }

  /**
   * The same value with each of its figures changed (another publisher's indicator for NATO's, a
   * member for its group); a number is itself.
   */
  static Value withFigures(Value v, UnaryOperator<Figure> change) {
    if (v instanceof Figure f) {
      return change.apply(f);
    } else if (v instanceof Sum s) {
      return new Sum(change.apply(s.of()));
    } else if (v instanceof Top t) {
      return new Top(change.apply(t.of()), t.n());
    } else if (v instanceof Count c) {
      return new Count(change.apply(c.of()), c.op(), c.threshold());
    } else if (v instanceof Share s) {
      return new Share(change.apply(s.part()), change.apply(s.whole()));
    } else if (v instanceof Rank r) {
      return new Rank(change.apply(r.within()), r.country(), r.lowest());
    } else if (v instanceof Change c) {
      return new Change(change.apply(c.of()), c.fromYear());
    } else if (v instanceof Gap g) {
      return new Gap(change.apply(g.spending()), g.targetPercent());
    } else if (v instanceof Added a) {
      return new Added(change.apply(a.of()), a.fromYear());
    }
    return v;
  }

  /**
   * A number as the claim language writes it, all its digits before the point: 2.1E+3 (what
   * arithmetic on 2000 may give) is 2100, as the parser reads it back.
   */
  private static BigDecimal written(BigDecimal n) {
    return n.scale() < 0 ? n.setScale(0) : n;
  }

  /**
   * A number as the sentence gives it, with the precision it was written with.
   *
   * @param number as written (730, 1.38)
   * @param scale "", "thousand", "million", "billion" or "trillion"
   * @param unit "", "%", or a currency code (USD, EUR)
   */
  record Literal(BigDecimal number, String scale, String unit) implements Value {
    public Literal {
      number = written(number);
      scale = scale == null ? "" : scale;
      unit = unit == null ? "" : unit;
    }

    /** The value in plain units (730 billion → 7.3e11). */
    public double plain() {
      return number.doubleValue() * factor(scale);
    }

    /**
     * Half a unit of the last digit written, in plain units: how precise the sentence is. The zeros
     * that end a sum of thousands of millions are rounding, not digits ("97.700 millones de
     * dólares" is 97.7 billion to the hundred million, as "$97.7 billion" is).
     */
    public double precision() {
      int last = -Math.max(0, number.scale());
      if (last == 0
          && !scale.isEmpty()
          && !unit.equals("%")
          && number.compareTo(ROUNDED_FROM) >= 0) {
        last = Math.max(0, -number.stripTrailingZeros().scale());
      }
      return 0.5 * Math.pow(10, last) * factor(scale);
    }

    /** The least whole number of millions or billions whose ending zeros are rounding. */
    private static final BigDecimal ROUNDED_FROM = new BigDecimal("1000");

    static double factor(String scale) {
      return switch (scale) {
        case "thousand" -> 1e3;
        case "million" -> 1e6;
        case "billion" -> 1e9;
        case "trillion" -> 1e12;
        default -> 1;
      };
    }

    @Override
    public String toString() {
      String n = number.toPlainString();
      if (unit.equals("%")) {
        return n + (scale.isEmpty() ? "" : " " + scale) + "%";
      }
      return n + (scale.isEmpty() ? "" : " " + scale) + (unit.isEmpty() ? "" : " " + unit);
    }
  }

  /**
   * An indicator for a country or group in a year: the figure of one country, or the total of a
   * group where the indicator may be added up.
   */
  record Figure(String indicator, String group, int year) implements Value {
    /**
     * The same figure in the indicator a map gives for this one (another publisher's), or itself.
     */
    public Figure renamed(java.util.Map<String, String> indicators) {
      return new Figure(indicators.getOrDefault(indicator, indicator), group, year);
    }

    @Override
    public String toString() {
      return indicator + "(" + group + ", " + year + ")";
    }
  }

  /** The total of a figure over its group. */
  record Sum(Figure of) implements Value {
    @Override
    public String toString() {
      return "sum(" + of + ")";
    }
  }

  /** The total of the n largest figures of a group ("the next ten countries combined"). */
  record Top(Figure of, int n) implements Value {
    @Override
    public String toString() {
      return "top(" + of + ", " + n + ")";
    }
  }

  /** How many members of the group have a figure that compares so with a threshold. */
  record Count(Figure of, Op op, BigDecimal threshold) implements Value {
    public Count {
      threshold = written(threshold);
    }

    @Override
    public String toString() {
      return "count(" + of + " " + op.symbol() + " " + threshold.toPlainString() + ")";
    }
  }

  /** A part's total as a percentage of a whole's total. */
  record Share(Figure part, Figure whole) implements Value {
    @Override
    public String toString() {
      return "share(" + part + ", " + whole + ")";
    }
  }

  /**
   * A country's place when the group is ranked by the figure: highest first (1 = the most), or,
   * with {@code lowest}, lowest first (1 = the least). Allies level at the publisher's precision
   * share a place.
   */
  record Rank(Figure within, String country, boolean lowest) implements Value {
    public Rank(Figure within, String country) {
      this(within, country, false);
    }

    @Override
    public String toString() {
      return "rank(" + within + ", " + country + (lowest ? ", lowest" : "") + ")";
    }
  }

  /** The percentage change of the figure's total from an earlier year to its year. */
  record Change(Figure of, int fromYear) implements Value {
    @Override
    public String toString() {
      return "change(" + of + ", " + fromYear + ")";
    }
  }

  /**
   * How much more the group would have had to spend, in current US dollars, to reach a target share
   * of GDP: the sum of its members' gaps, each measured against the GDP its published share implies
   * ({@code gap(defence_exp_current_usd(DEU, 2016), 2) > 28 billion USD}).
   */
  record Gap(Figure spending, BigDecimal targetPercent) implements Value {
    public Gap {
      targetPercent = written(targetPercent);
    }

    @Override
    public String toString() {
      return "gap(" + spending + ", " + targetPercent.toPlainString() + ")";
    }
  }

  /**
   * What was spent above a baseline year's level, summed over the years after it up to the figure's
   * year: NATO's "added $130 billion since 2016" ({@code added(defence_exp_constant_usd(
   * NATO_EUROPE_CANADA, 2019), 2016)}).
   */
  record Added(Figure of, int fromYear) implements Value {
    @Override
    public String toString() {
      return "added(" + of + ", " + fromYear + ")";
    }
  }
}
