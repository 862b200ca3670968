package org.burdenshare.core.groups;

import java.util.Objects;

/**
 * A named group. {@code expression} is a {@link GroupExpression} over countries and other groups
 * (e.g. BALTICS = {@code EST+LVA+LTU}, NATO_EUROPE_CANADA = {@code NATO-USA}); the membership-based
 * groups NATO and EU are built in and have a null expression.
 */
public record GroupDefinition(String name, String description, String expression) {
  public GroupDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
  }

  public boolean builtIn() {
    return expression == null;
  }
}
