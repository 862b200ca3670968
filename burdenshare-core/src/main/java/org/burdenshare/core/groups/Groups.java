package org.burdenshare.core.groups;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.burdenshare.core.countries.Countries;
import org.burdenshare.core.countries.Country;
import org.burdenshare.core.errors.InvalidQueryException;
import org.burdenshare.core.errors.Suggestions;

/**
 * Resolves group expressions to members for a year. NATO means the allies that were members in that
 * year and EU the EU members of that year; every other named group is an expression in the
 * reference data, so adding one needs no code.
 */
public final class Groups {
  public static final String NATO = "NATO";
  public static final String EU = "EU";

  private final Countries countries;
  private final Map<String, GroupDefinition> definitions;

  public Groups(Countries countries, Collection<GroupDefinition> named) {
    this.countries = countries;
    Map<String, GroupDefinition> defs = new LinkedHashMap<>();
    defs.put(NATO, new GroupDefinition(NATO, "NATO allies that were members in the year", null));
    defs.put(EU, new GroupDefinition(EU, "European Union members in the year", null));
    for (GroupDefinition d : named) {
      if (defs.put(d.name().toUpperCase(Locale.ROOT), d) != null) {
        throw new IllegalArgumentException("group defined twice: " + d.name());
      }
      GroupExpression.parse(d.expression());
    }
    // kept in definition order: Map.copyOf iterates in an order that changes from run to run, and
    // the pickers listed the groups differently after each restart
    this.definitions = java.util.Collections.unmodifiableMap(defs);
    // Resolve every definition once so that a cycle or unknown name fails at load, not at use.
    for (GroupDefinition d : defs.values()) {
      resolve(d.name(), 2024);
    }
  }

  public Countries countries() {
    return countries;
  }

  /** Named groups in definition order: the built-ins first. */
  public List<GroupDefinition> definitions() {
    List<GroupDefinition> list = new ArrayList<>(definitions.values());
    list.sort((a, b) -> Boolean.compare(b.builtIn(), a.builtIn()));
    return list;
  }

  /** Resolves an expression ("NATO-USA") to its members in a year. */
  public Group resolve(String expression, int year) {
    // A group's members in a year never change (the countries and definitions are fixed), and a
    // claim checked asks for the same few groups many times: parsing and evaluating them again
    // was a quarter of the time of judging a claim. The cache is bounded, for the expressions that
    // a client may send; one that fails is not kept.
    String key = year + " " + expression;
    Group known = resolved.get(key);
    if (known != null) {
      return known;
    }
    GroupExpression parsed = GroupExpression.parse(expression);
    Group g =
        new Group(expression.strip(), year, List.copyOf(evaluate(parsed, year, new ArrayList<>())));
    if (resolved.size() >= MAX_RESOLVED) {
      resolved.clear();
    }
    resolved.put(key, g);
    return g;
  }

  /** How many resolved groups are kept. */
  static final int MAX_RESOLVED = 4_096;

  private final Map<String, Group> resolved = new java.util.concurrent.ConcurrentHashMap<>();

  private Set<String> evaluate(GroupExpression e, int year, List<String> visiting) {
    if (e instanceof GroupExpression.Union u) {
      Set<String> s = evaluate(u.left(), year, visiting);
      s.addAll(evaluate(u.right(), year, visiting));
      return s;
    } else if (e instanceof GroupExpression.Difference d) {
      Set<String> s = evaluate(d.left(), year, visiting);
      s.removeAll(evaluate(d.right(), year, visiting));
      return s;
    } else if (e instanceof GroupExpression.Intersection i) {
      Set<String> s = evaluate(i.left(), year, visiting);
      s.retainAll(evaluate(i.right(), year, visiting));
      return s;
    }
    return name((GroupExpression.Name) e, year, visiting);
  }

  private Set<String> name(GroupExpression.Name n, int year, List<String> visiting) {
    String upper = n.name().toUpperCase(Locale.ROOT);
    GroupDefinition def = definitions.get(upper);
    if (def != null) {
      if (def.name().equals(NATO)) {
        return members(c -> c.natoMemberIn(year));
      }
      if (def.name().equals(EU)) {
        return members(c -> c.euMemberIn(year));
      }
      if (visiting.contains(upper)) {
        throw new IllegalStateException("group definitions form a cycle: " + visiting);
      }
      visiting.add(upper);
      Set<String> s = evaluate(GroupExpression.parse(def.expression()), year, visiting);
      visiting.remove(upper);
      return s;
    }
    Country c = countries.find(n.name()).orElse(null);
    if (c == null) {
      List<String> close =
          java.util.stream.Stream.concat(
                  Suggestions.closest(n.name(), definitions.keySet()).stream(),
                  countries.closest(n.name()).stream())
              .distinct()
              .limit(3)
              .toList();
      throw new InvalidQueryException(
          "Unknown country or group '"
              + n.name()
              + "' at column "
              + n.column()
              + ". Expected an ISO3 code (USA), a country's name (Germany, Allemagne) or a group ("
              + String.join(", ", definitions.keySet().stream().sorted().toList())
              + ")."
              + Suggestions.didYouMean(close),
          close);
    }
    Set<String> s = new TreeSet<>();
    s.add(c.iso3());
    return s;
  }

  private Set<String> members(Predicate<Country> test) {
    Set<String> s = new TreeSet<>();
    for (Country c : countries.all()) {
      if (test.test(c)) {
        s.add(c.iso3());
      }
    }
    return s;
  }
}
