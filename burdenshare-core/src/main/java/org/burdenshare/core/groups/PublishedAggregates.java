package org.burdenshare.core.groups;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The groups whose totals and ratios a publisher prints as rows of its own: NATO's tables end with
 * "NATO Europe and Canada" and "NATO Total". A ratio such as a share of GDP cannot be added up over
 * members, but for these groups the publisher's own figure answers ("NATO allies spent 2.71 % of
 * their combined GDP").
 */
public final class PublishedAggregates {
  private PublishedAggregates() {}

  private static final Map<String, String> CODE_OF_GROUP =
      Map.of("NATO", "NATO_TOTAL", "NATO_EUROPE_CANADA", "NATO_EUROPE_CANADA");

  /** The codes the aggregates' rows carry in place of a country's. */
  public static final Set<String> CODES = Set.copyOf(CODE_OF_GROUP.values());

  /** The code of the publisher's row for a group expression, if it prints one. */
  public static Optional<String> codeOf(String groupExpression) {
    return Optional.ofNullable(CODE_OF_GROUP.get(groupExpression.strip()));
  }
}
