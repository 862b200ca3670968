package org.burdenshare.server;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.burdenshare.core.Engine;
import org.burdenshare.core.InvalidQueryException;
import org.burdenshare.core.countries.Country;
import org.burdenshare.core.groups.GroupDefinition;
import org.burdenshare.server.pages.Place;

/**
 * What the pickers offer: the allies by name, each with its names in the languages the claim reader
 * reads (so that "Allemagne" or "Niemcy" finds Germany), then the groups with their members.
 */
final class Places {
  private Places() {}

  /** The languages of the claim reader, whose readers look for countries by these names. */
  static final List<Locale> LANGUAGES =
      List.of(
          Locale.FRENCH,
          Locale.GERMAN,
          Locale.forLanguageTag("es"),
          Locale.ITALIAN,
          Locale.forLanguageTag("nl"),
          Locale.forLanguageTag("pl"));

  private static final Map<String, String> ISO2 =
      java.util.Arrays.stream(Locale.getISOCountries())
          .collect(
              Collectors.toMap(
                  c -> new Locale("", c).getISO3Country(), Function.identity(), (x, y) -> x));

  /** A country's names in the other languages, without its English name: "Deutschland, …". */
  static String otherNames(Country c) {
    String iso2 = ISO2.get(c.iso3());
    if (iso2 == null) {
      return "";
    }
    Set<String> names = new LinkedHashSet<>();
    for (Locale l : LANGUAGES) {
      String n = new Locale("", iso2).getDisplayCountry(l);
      if (!n.isEmpty() && !n.equalsIgnoreCase(c.name()) && !n.equals(iso2)) {
        names.add(n);
      }
    }
    return String.join(", ", names);
  }

  /**
   * A country by code, English name or alias, or else by its name in one of the other languages
   * ("Allemagne", "Niemcy"), accents and case aside.
   */
  static java.util.Optional<Country> find(
      org.burdenshare.core.countries.Countries countries, String name) {
    java.util.Optional<Country> c = countries.find(name);
    if (c.isPresent()) {
      return c;
    }
    String wanted = fold(name);
    return countries.all().stream()
        .filter(
            x ->
                java.util.Arrays.stream(otherNames(x).split(", "))
                    .anyMatch(n -> !n.isEmpty() && fold(n).equals(wanted)))
        .findFirst();
  }

  private static String fold(String s) {
    return java.text.Normalizer.normalize(s.strip(), java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
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
