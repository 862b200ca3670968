package org.burdenshare.server.pages;

import java.util.List;

/**
 * A part of a page with a heading: where its figures come from, a few words, a chart and the same
 * figures as a table, and notes after them. Any of the parts may be missing (null or empty).
 */
public record Section(
    String id,
    String heading,
    ReleaseNote release,
    List<String> before,
    Chart chart,
    ShownTable table,
    List<String> after) {
  public Section {
    before = List.copyOf(before);
    after = List.copyOf(after);
  }
}
