package org.burdenshare.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * A property checked over seeded random tries, with JUnit alone: each try draws from its own seed,
 * and a failure names the seed that reproduces it.
 */
public final class Tries {
  private Tries() {}

  public static void check(int tries, long seed, Consumer<Random> property) {
    for (int i = 0; i < tries; i++) {
      long s = seed + i;
      try {
        property.accept(new Random(s));
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError("try " + (i + 1) + " of " + tries + ", seed " + s + ": " + e, e);
      }
    }
  }

  /** A random subset of at least one element, in random order. */
  public static <T> List<T> subset(Random r, List<T> all) {
    List<T> copy = new ArrayList<>(all);
    Collections.shuffle(copy, r);
    return List.copyOf(copy.subList(0, 1 + r.nextInt(copy.size())));
  }
}
