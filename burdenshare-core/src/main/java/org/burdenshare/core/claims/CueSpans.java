package org.burdenshare.core.claims;

import java.util.List;
import java.util.Map;

/**
 * Where a cue's words stand against a token: the span that ends right before it ("since" before
 * "2014", "twice the" before "2 %") or begins at it ("over the past decade"). Spans are [from, to)
 * token indices, as {@link MentionFinder} finds them, before and after the {@link Mentions} exist.
 */
final class CueSpans {
  private CueSpans() {}

  /** The span of a cue that ends right before a token, or null. */
  static int[] endingAt(Map<String, List<int[]>> found, String cue, int at) {
    for (int[] span : found.getOrDefault(cue, List.of())) {
      if (span[1] == at) {
        return span;
      }
    }
    return null;
  }

  /** The span of a cue that begins at a token, or null. */
  static int[] startingAt(Map<String, List<int[]>> found, String cue, int at) {
    for (int[] span : found.getOrDefault(cue, List.of())) {
      if (span[0] == at) {
        return span;
      }
    }
    return null;
  }
}
