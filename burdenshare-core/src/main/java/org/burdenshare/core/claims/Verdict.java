package org.burdenshare.core.claims;

import java.util.Locale;

/** What the figures say about a claim. */
public enum Verdict {
  /** The figures published by the claim date bear it out. */
  SUPPORTED,
  /** The figures published by the claim date say otherwise. */
  CONTRADICTED,
  /**
   * It holds on the figures of the claim date, but only on estimates that later releases revised
   * across the line (or only in another price basis than the sentence implies).
   */
  MISLEADING,
  /** It cannot be judged: no figures we hold, the year not covered, an ambiguous subject. */
  UNVERIFIABLE;

  /** The lower-case label used in output: supported, contradicted, misleading, unverifiable. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
