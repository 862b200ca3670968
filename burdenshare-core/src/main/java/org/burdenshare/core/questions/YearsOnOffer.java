package org.burdenshare.core.questions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * The years a question can be asked about under a release choice, those of them whose figures are
 * all the publisher's estimates, and the year it is answered for when none is asked: the newest
 * with outturns (a year of estimates alone is one step away, marked), or the newest if every year
 * is an estimate. The one rule for that default, used by the command line, the API and every page.
 *
 * @param years every year some release of the choice holds, oldest first
 * @param estimated the years whose figures are all estimates
 */
public record YearsOnOffer(NavigableSet<Integer> years, List<Integer> estimated) {
  public YearsOnOffer {
    years = Collections.unmodifiableNavigableSet(new TreeSet<>(years));
    estimated = List.copyOf(estimated);
  }

  public boolean isEmpty() {
    return years.isEmpty();
  }

  /** The year answered when none is asked; years must not be empty. */
  public int defaultYear() {
    return years.descendingSet().stream()
        .filter(y -> !estimated.contains(y))
        .findFirst()
        .orElse(years.last());
  }

  /** The years as a list offers them, newest first. */
  public List<Integer> newestFirst() {
    return new ArrayList<>(years.descendingSet());
  }
}
