package org.burdenshare.core.releases;

import java.util.Locale;
import java.util.Objects;

/**
 * Whether two releases' figures for one indicator come from tables that say they measure the same
 * thing. When a later figure differs from an earlier one, only then is it a revision; when the
 * publisher renamed the measure (NATO's 2026 edition reports "core" defence expenditure, earlier
 * editions defence expenditure) the difference may be one of definition; and where a release does
 * not record its table's wording, which of the two it is cannot be told.
 *
 * @param earlier the earlier release's id
 * @param later the later release's id
 * @param note what a reader should know, in a sentence; empty when the wording agrees
 */
public record Comparability(Kind kind, String earlier, String later, String note) {

  public enum Kind {
    /** Same measure under the same table title: a difference is a revision. */
    SAME,
    /** Another measure or another table title: a difference may be one of definition. */
    DIFFERENT,
    /** One release does not record its wording: whether it changed is not known. */
    NOT_RECORDED
  }

  /** How two releases' wording for an indicator compares. */
  public static Comparability of(Release earlier, Release later, String indicator) {
    Definition a = earlier.definitionOf(indicator);
    Definition b = later.definitionOf(indicator);
    String e = earlier.id();
    String l = later.id();
    if (a.measure() != null && b.measure() != null && !same(a.measure(), b.measure())) {
      return new Comparability(
          Kind.DIFFERENT,
          e,
          l,
          l
              + " reports "
              + b.measureInText()
              + "; "
              + e
              + " reported "
              + a.measureInText()
              + ": the difference may be one of definition, not a correction.");
    }
    if (a.table() != null && b.table() != null && !same(a.table(), b.table())) {
      return new Comparability(
          Kind.DIFFERENT,
          e,
          l,
          l
              + " prints the table as \""
              + b.table()
              + "\"; "
              + e
              + " printed \""
              + a.table()
              + "\": the difference may be one of definition, not a correction.");
    }
    if (a.measure() != null && b.measure() != null && a.table() != null && b.table() != null) {
      return new Comparability(Kind.SAME, e, l, "");
    }
    String unrecorded =
        a.table() == null && b.table() == null
            ? "Neither " + e + " nor " + l + " records its table's title"
            : (a.table() == null ? e : l) + " does not record its table's title";
    String measures =
        a.measure() != null && b.measure() != null
            ? "; both name the measure " + a.measureInText()
            : "";
    return new Comparability(
        Kind.NOT_RECORDED,
        e,
        l,
        unrecorded + measures + ", so whether the difference is a revision is not known.");
  }

  /** "revised", "reported differently" or "changed": the word for a difference between the two. */
  public String verb() {
    return switch (kind) {
      case SAME -> "revised";
      case DIFFERENT -> "reported differently";
      case NOT_RECORDED -> "changed";
    };
  }

  private static boolean same(String a, String b) {
    return normal(a).equals(normal(b));
  }

  /** Titles compared as words: case, spacing and the space NATO puts before a colon ignored. */
  private static String normal(String s) {
    return Objects.requireNonNull(s)
        .toLowerCase(Locale.ROOT)
        .replaceAll("\\s*:\\s*", ": ")
        .replaceAll("\\s+", " ")
        .strip();
  }
}
