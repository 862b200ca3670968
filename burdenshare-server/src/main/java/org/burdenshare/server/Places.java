package org.burdenshare.server;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.burdenshare.core.Engine;
import org.burdenshare.core.countries.Countries;
import org.burdenshare.core.countries.Country;
import org.burdenshare.core.countries.CountryNames;
import org.burdenshare.core.errors.InvalidQueryException;
import org.burdenshare.core.groups.GroupDefinition;
import org.burdenshare.server.pages.Place;

/**
 * What the pickers offer: the allies by name, each with its names in the languages the claim reader
 * reads (so that "Allemagne" or "Niemcy" finds Germany), then the groups with their members.
 */
final class Places {
  private Places() {}

  /** A country's names in the other languages, without its English name: "Deutschland, …". */
  static String otherNames(Country c) {
    return String.join(", ", CountryNames.of(c));
  }

  /**
   * A country or group named in a form or an address, checked for a year: codes, names in seven
   * languages, group names and expressions ({@code NATO-USA}) all go through the engine's groups,
   * as the API's do. A near miss is an error that offers the closest names in the same view.
   */
  static String place(PageRequest page, Engine engine, String param, String value, int year) {
    try {
      engine.group(value, year);
      return value;
    } catch (InvalidQueryException e) {
      throw new NearMiss(400, e.getMessage(), e.suggestions(), page.ctx.path(), param);
    }
  }

  /**
   * A person's name for a country or group: "United States" for USA, "European allies and Canada"
   * for NATO_EUROPE_CANADA; NATO without one ally is "All other allies" beside that ally and "All
   * allies but Germany" elsewhere; any other expression as written.
   */
  static String label(Engine engine, String expression, String beside) {
    Countries countries = engine.figures().countries();
    String e = expression.strip();
    Optional<Country> one = countries.find(e);
    if (one.isPresent()) {
      return one.get().name();
    }
    for (GroupDefinition g : engine.figures().groups().definitions()) {
      if (g.name().equalsIgnoreCase(e)) {
        return g.builtIn() ? g.name() : g.description().replaceFirst(" \\(.*\\)$", "");
      }
    }
    java.util.regex.Matcher but =
        java.util.regex.Pattern.compile("(?i)NATO\\s*-\\s*([^-+,&()]+)").matcher(e);
    if (but.matches()) {
      Optional<Country> left = countries.find(but.group(1));
      if (left.isPresent()) {
        boolean other = beside != null && countries.find(beside.strip()).equals(left);
        return other ? "All other allies" : "All allies but " + left.get().name();
      }
    }
    return e;
  }

  /** The allies and the groups, as Compare offers them. */
  static List<Place> of(Engine engine, int year) {
    List<Place> out = allies(engine);
    for (GroupDefinition g : engine.figures().groups().definitions()) {
      out.add(new Place(g.name(), g.description() + members(engine, g.name(), year)));
    }
    return out;
  }

  /** The allies by name, each with its code and its names in the other languages. */
  static List<Place> allies(Engine engine) {
    List<Place> out = new ArrayList<>();
    List<Country> allies = new ArrayList<>(engine.figures().countries().allies());
    allies.sort(Comparator.comparing(Country::name, Collator.getInstance(Locale.ENGLISH)));
    for (Country c : allies) {
      String others = otherNames(c);
      out.add(new Place(c.name(), c.iso3() + (others.isEmpty() ? "" : " · " + others)));
    }
    return out;
  }

  private static String members(Engine engine, String group, int year) {
    try {
      List<String> codes = engine.group(group, year).members();
      List<String> names = codes.stream().map(engine.figures().countries()::nameOf).toList();
      String shown =
          names.size() <= 6
              ? String.join(", ", names)
              : String.join(", ", names.subList(0, 5)) + " and " + (names.size() - 5) + " more";
      return ": " + shown;
    } catch (InvalidQueryException e) {
      return ""; // a group without members that year
    }
  }
}
