package org.burdenshare.core.groups;

import java.util.List;

/**
 * A group resolved for one year: the ISO3 codes of its members then, sorted.
 *
 * @param expression what was asked, as written
 * @param year the year membership was taken for
 * @param members ISO3 codes, sorted
 */
public record Group(String expression, int year, List<String> members) {
  public Group {
    members = List.copyOf(members);
  }

  public int size() {
    return members.size();
  }
}
