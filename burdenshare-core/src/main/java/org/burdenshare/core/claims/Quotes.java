package org.burdenshare.core.claims;

import java.util.Locale;
import org.burdenshare.core.countries.Countries;
import org.burdenshare.core.figures.Figures;
import org.burdenshare.core.groups.GroupDefinition;
import org.burdenshare.core.groups.Groups;
import org.burdenshare.core.indicators.Indicators;
import org.burdenshare.core.measures.Units;
import org.burdenshare.core.releases.Comparability;
import org.burdenshare.core.releases.ReleaseRef;

/**
 * A verdict in one line a reader can quote, in nouns and with the release that judged it: "NATO's
 * June 2019 figures: 7 allies at 2 % of GDP or more in 2019, not 9". The claim language and the
 * reason stay for those who check the working; this line is for those who cite the result. A figure
 * that a later release revised, or measures otherwise, is said to be so after the verdict — as news
 * of the figure, never as a verdict against the claim, which stands on what had been published when
 * it was made.
 */
final class Quotes {
  private final Countries countries;
  private final Groups groups;

  Quotes(Figures figures) {
    this(figures.countries(), figures.groups());
  }

  Quotes(Countries countries, Groups groups) {
    this.countries = countries;
    this.groups = groups;
  }

  /**
   * The line for a judged claim, or null when it could not be judged (there is nothing to quote).
   *
   * @param left the value of the claim's left side, in {@code unit}
   * @param right the value of its right side
   */
  String line(
      Claim claim,
      Verdict verdict,
      double left,
      double right,
      String unit,
      ReleaseRef release,
      Judgement.Latest latest) {
    if (verdict == Verdict.UNVERIFIABLE || release == null) {
      return null;
    }
    boolean literalLeft = claim.left() instanceof Value.Literal;
    Value figure = literalLeft ? claim.right() : claim.left();
    Value other = literalLeft ? claim.left() : claim.right();
    Op op = literalLeft ? flipped(claim.op()) : claim.op();
    double found = literalLeft ? right : left;
    String body;
    if (other instanceof Value.Literal stated) {
      String said = stated(op, stated, claim.tolerance() != null, figure);
      String tail =
          switch (verdict) {
            case SUPPORTED -> op == Op.EQ ? ", as stated" : ", as stated (" + said + ")";
            case CONTRADICTED -> ", not " + said;
            default -> " in current prices, as stated (" + said + "), but not in real terms";
          };
      body = statement(figure, found, unit) + tail;
    } else {
      double theirs = literalLeft ? left : right;
      String relation = relation(op);
      body =
          noun(figure)
              + ", "
              + amount(found, unit, figure)
              + ", against "
              + noun(other)
              + ", "
              + amount(theirs, unit, other)
              + switch (verdict) {
                case SUPPORTED -> ": " + relation + ", as stated";
                case CONTRADICTED -> ": not " + relation;
                default -> ": " + relation + " in current prices, as stated, but not in real terms";
              };
    }
    return figuresOf(release) + ": " + body + later(latest, literalLeft, unit, figure) + ".";
  }

  /** "NATO's June 2019 figures". */
  static String figuresOf(ReleaseRef release) {
    return release.whoseAndWhen() + " figures";
  }

  /**
   * What a later release says of the figure, when its verdict would differ: revised (the same
   * measure) or measured otherwise (a new definition).
   */
  private String later(Judgement.Latest latest, boolean literalLeft, String unit, Value figure) {
    if (latest == null || !latest.changed() || latest.left() == null) {
      return "";
    }
    double now = literalLeft ? latest.right() : latest.left();
    String value = amount(now, unit, figure);
    String where = figuresOf(latest.release());
    return latest.wording() == Comparability.Kind.SAME
        ? "; " + where + " revised it to " + value
        : "; " + where + " measure it differently and give " + value;
  }

  /** The figure found, as a statement: "7 allies at 2 % of GDP or more in 2019". */
  private String statement(Value v, double found, String unit) {
    if (v instanceof Value.Count c) {
      long n = Math.round(found);
      String who = c.of().group().equals("NATO") ? (n == 1 ? "ally" : "allies") : "of " + group(c);
      return n + " " + who + " " + threshold(c) + " in " + c.of().year();
    }
    if (v instanceof Value.Rank r) {
      return capitalised(country(r.country()))
          + " ranked "
          + ordinal(Math.round(found))
          + (r.lowest() ? " from the bottom" : "")
          + " among "
          + groupName(r.within().group())
          + " by "
          + measure(r.within().indicator())
          + " in "
          + r.within().year();
    }
    return capitalised(noun(v)) + " was " + amount(found, unit, v);
  }

  private String group(Value.Count c) {
    return groupName(c.of().group());
  }

  /** "at 2 % of GDP or more", as the count's threshold and comparison say. */
  private static String threshold(Value.Count c) {
    String t =
        c.threshold().stripTrailingZeros().toPlainString()
            + (c.of().indicator().equals(Indicators.SHARE_OF_GDP) ? " % of GDP" : "");
    return switch (c.op()) {
      case GE -> "at " + t + " or more";
      case GT -> "above " + t;
      case LT -> "below " + t;
      case LE -> "at " + t + " or less";
      case EQ -> "at " + t;
      case NE -> "not at " + t;
    };
  }

  /** What the sentence said, with its comparison: "9", "more than 2 %", "about 70 %". */
  private static String stated(Op op, Value.Literal lit, boolean hedged, Value figure) {
    String n = literal(lit, figure);
    return switch (op) {
      case EQ -> (hedged ? "about " : "") + n;
      case GT -> "more than " + n;
      case GE -> n + " or more";
      case LT -> "less than " + n;
      case LE -> n + " or less";
      case NE -> "other than " + n;
    };
  }

  private static String literal(Value.Literal lit, Value figure) {
    String n = lit.number().toPlainString();
    if (figure instanceof Value.Rank) {
      return ordinal(lit.number().longValue());
    }
    String scale = lit.scale().isEmpty() ? "" : " " + lit.scale();
    return switch (lit.unit()) {
      case "%" -> n + scale + " %";
      case "USD" -> "$" + n + scale;
      case "" -> n + scale;
      default -> n + scale + " " + lit.unit();
    };
  }

  /** How two figures compare, as the claim said they do. */
  private static String relation(Op op) {
    return switch (op) {
      case GT -> "more";
      case GE -> "at least as much";
      case LT -> "less";
      case LE -> "at most as much";
      case EQ -> "the same";
      case NE -> "not the same";
    };
  }

  private static Op flipped(Op op) {
    return switch (op) {
      case GT -> Op.LT;
      case GE -> Op.LE;
      case LT -> Op.GT;
      case LE -> Op.GE;
      default -> op;
    };
  }

  /** The thing a value is, in nouns: "Germany's defence spending as a share of GDP in 2019". */
  private String noun(Value v) {
    if (v instanceof Value.Figure f) {
      return of(f.group(), measure(f.indicator())) + " in " + f.year();
    } else if (v instanceof Value.Sum s) {
      return noun(s.of()) + (countries.contains(s.of().group()) ? "" : ", combined");
    } else if (v instanceof Value.Top t) {
      return "the "
          + t.n()
          + " largest of "
          + groupName(t.of().group())
          + " by "
          + measure(t.of().indicator())
          + " in "
          + t.of().year()
          + ", combined";
    } else if (v instanceof Value.Count c) {
      return "the number of " + groupName(c.of().group()) + " " + threshold(c);
    } else if (v instanceof Value.Share s) {
      return of(
              s.part().group(), "share of " + of(s.whole().group(), measure(s.part().indicator())))
          + " in "
          + s.part().year();
    } else if (v instanceof Value.Rank r) {
      return possessive(country(r.country()))
          + " place among "
          + groupName(r.within().group())
          + " by "
          + measure(r.within().indicator())
          + " in "
          + r.within().year();
    } else if (v instanceof Value.Change c) {
      return "the change in "
          + of(c.of().group(), measure(c.of().indicator()))
          + " from "
          + c.fromYear()
          + " to "
          + c.of().year();
    } else if (v instanceof Value.Added a) {
      return "what "
          + groupName(a.of().group())
          + " spent above "
          + a.fromYear()
          + "'s level from "
          + (a.fromYear() + 1)
          + " to "
          + a.of().year()
          + ", combined";
    } else if (v instanceof Value.Gap g) {
      return possessive(groupName(g.spending().group()))
          + " shortfall to "
          + g.targetPercent().toPlainString()
          + " % of GDP in "
          + g.spending().year();
    }
    return String.valueOf(v);
  }

  /** The measure of an indicator, in words. */
  private static String measure(String indicator) {
    return switch (indicator) {
      case Indicators.SHARE_OF_GDP -> "defence spending as a share of GDP";
      case Indicators.DEFENCE_EXP_CURRENT_USD -> "defence spending";
      case Indicators.DEFENCE_EXP_CONSTANT_USD -> "defence spending at constant prices";
      case "defence_exp_national_currency" -> "defence spending in its own currency";
      case "defence_exp_per_capita_usd" -> "defence spending per person";
      case Indicators.EQUIPMENT_SHARE -> "share of defence spending on major equipment";
      case "military_personnel" -> "military personnel";
      case "real_change" -> "real change in defence spending";
      default -> {
        try {
          yield Indicators.get(indicator).name().toLowerCase(Locale.ROOT);
        } catch (RuntimeException e) {
          yield indicator;
        }
      }
    };
  }

  /** A value in its unit, as a reader writes it: "1.36 %", "$52.5 billion", "3rd". */
  private static String amount(double v, String unit, Value of) {
    if (of instanceof Value.Rank) {
      return ordinal(Math.round(v));
    }
    if (unit.isEmpty()) {
      return v == Math.rint(v) ? Decimals.fixed(v, 0, true) : Decimals.fixed(v, 2, true);
    }
    if (unit.equals("%") || unit.equals("percent")) {
      return Decimals.fixed(v, 2, false) + " %";
    }
    Units.Scaled scaled = Units.parse(unit);
    double plain = v * scaled.factor();
    String currency = scaled.basis().isEmpty() ? "" : scaled.basis().split(" ")[0];
    String sign = currency.equals("USD") ? "$" : "";
    String after = sign.isEmpty() && !currency.isEmpty() ? " " + currency : "";
    if (Math.abs(plain) >= 1e12) {
      return sign + Decimals.fixed(plain / 1e12, 2, false) + " trillion" + after;
    } else if (Math.abs(plain) >= 1e9) {
      return sign + Decimals.fixed(plain / 1e9, 1, false) + " billion" + after;
    } else if (Math.abs(plain) >= 1e6) {
      return sign + Decimals.fixed(plain / 1e6, 1, false) + " million" + after;
    }
    return sign + Decimals.fixed(plain, 0, true) + (sign.isEmpty() ? " " + unit : "");
  }

  /** A country or group by name: "Germany", "NATO's allies", "European allies and Canada". */
  String groupName(String group) {
    if (countries.contains(group)) {
      return country(group);
    }
    if (group.equals("NATO")) {
      return "NATO's allies";
    }
    if (group.equals("NATO-USA")) {
      return "the allies other than the United States";
    }
    for (GroupDefinition d : groups.definitions()) {
      if (d.name().equals(group) || group.equals(d.expression())) {
        String text = d.description();
        int paren = text.indexOf(" (");
        return paren > 0 ? text.substring(0, paren) : text;
      }
    }
    if (group.startsWith("NATO-") && countries.contains(group.substring(5))) {
      return "the allies other than " + countries.nameOf(group.substring(5));
    }
    return group;
  }

  /** A country's name as a sentence uses it: "the United States", "the Netherlands", "Germany". */
  private String country(String codeOrName) {
    String name = countries.find(codeOrName).map(c -> c.name()).orElse(codeOrName);
    return name.startsWith("United ")
            || name.startsWith("Netherlands")
            || name.endsWith(" Republic")
        ? "the " + name
        : name;
  }

  /**
   * A measure of a country or group: "Germany's defence spending", "the defence spending of the
   * allies other than the United States" (a possessive on a long name reads badly).
   */
  private String of(String group, String what) {
    return countries.contains(group)
        ? possessive(groupName(group)) + " " + what
        : "the " + what + " of " + groupName(group);
  }

  private static String possessive(String name) {
    return name.endsWith("s") ? name + "'" : name + "'s";
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String ordinal(long n) {
    long mod100 = n % 100;
    String suffix =
        mod100 >= 11 && mod100 <= 13
            ? "th"
            : switch ((int) (n % 10)) {
              case 1 -> "st";
              case 2 -> "nd";
              case 3 -> "rd";
              default -> "th";
            };
    return n + suffix;
  }
}
