package org.burdenshare.core.claims;

import java.util.Map;

/**
 * How the reader understood a sentence: the claim it makes, the pattern that read it, and the
 * member counts the sentence stated ("all other 28 allies" → NATO-USA: 28).
 */
public record Reading(String pattern, Claim claim, Map<String, Integer> statedCounts) {
  public Reading {
    statedCounts = Map.copyOf(statedCounts);
  }
}
