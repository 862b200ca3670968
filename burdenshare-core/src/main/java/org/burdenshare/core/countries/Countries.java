package org.burdenshare.core.countries;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.burdenshare.core.errors.InvalidQueryException;
import org.burdenshare.core.errors.Suggestions;

/**
 * The reference table of countries, looked up by code, English name, alias or name in another
 * language of the claim reader ({@link CountryNames}), accents and case aside. Immutable.
 */
public final class Countries {
  private final Map<String, Country> byCode;
  // codes, English names and aliases: what questions name a country by
  private final Map<String, Country> byOwnName;
  // Sorted once: group resolution walks the whole table on every question.
  private final List<Country> sorted;
  // The names in the claim reader's other languages, made on first need: they come from the JDK's
  // locale data for six languages, which costs a one-shot question (compare USA NATO-USA) a good
  // part of its time and which it never uses.
  private volatile OtherNames otherNames;

  /**
   * @param byName every name in another language that is not already a code, English name or alias
   *     (those win a clash)
   * @param spellings every name a country is known by, mapped to what a suggestion shows for it:
   *     the name itself, or for a name in another language the English name
   */
  private record OtherNames(Map<String, Country> byName, Map<String, String> spellings) {}

  public Countries(Collection<Country> countries) {
    Map<String, Country> codes = new LinkedHashMap<>();
    Map<String, Country> names = new LinkedHashMap<>();
    countries.stream()
        .sorted(Comparator.comparing(Country::iso3))
        .forEach(
            c -> {
              if (codes.put(c.iso3(), c) != null) {
                throw new IllegalArgumentException("country listed twice: " + c.iso3());
              }
              names.put(key(c.iso3()), c);
              names.put(key(c.name()), c);
              c.aliases().forEach(a -> names.put(key(a), c));
            });
    this.byCode = Map.copyOf(codes);
    this.byOwnName = Map.copyOf(names);
    this.sorted = List.copyOf(codes.values());
  }

  private OtherNames otherNames() {
    OtherNames o = otherNames;
    if (o == null) {
      // the other languages' names last: a code, English name or alias wins a clash
      Map<String, Country> names = new LinkedHashMap<>();
      Map<String, String> all = new LinkedHashMap<>();
      for (Country c : sorted) {
        all.put(c.iso3(), c.iso3());
        all.put(c.name(), c.name());
        c.aliases().forEach(a -> all.put(a, a));
      }
      for (Country c : sorted) {
        for (String n : CountryNames.of(c)) {
          if (!byOwnName.containsKey(key(n))) {
            names.putIfAbsent(key(n), c);
          }
          all.putIfAbsent(n, c.name());
        }
      }
      o = new OtherNames(Map.copyOf(names), java.util.Collections.unmodifiableMap(all));
      otherNames = o; // two threads may both make it: the same value, no harm
    }
    return o;
  }

  private static String key(String name) {
    return CountryNames.fold(name);
  }

  /** All countries, ordered by code. */
  public List<Country> all() {
    return sorted;
  }

  /** The allies (countries with an accession date), ordered by code. */
  public List<Country> allies() {
    return all().stream().filter(Country::isAlly).toList();
  }

  /** The allies that were members in a year, ordered by code. */
  public List<Country> alliesIn(int year) {
    return all().stream().filter(c -> c.natoMemberIn(year)).toList();
  }

  public Optional<Country> find(String codeOrName) {
    String key = key(codeOrName);
    Country own = byOwnName.get(key);
    return Optional.ofNullable(own != null ? own : otherNames().byName().get(key));
  }

  /** The country for a code, name or alias; an error that suggests close names otherwise. */
  public Country get(String codeOrName) {
    return find(codeOrName)
        .orElseThrow(
            () -> {
              List<String> close = closest(codeOrName);
              return new InvalidQueryException(
                  "Unknown country '"
                      + codeOrName.strip()
                      + "'. Use an ISO 3166-1 alpha-3 code such as USA or DEU, or a name such as"
                      + " Germany."
                      + Suggestions.didYouMean(close),
                  close);
            });
  }

  /** The name of a code, or the code itself for aggregate rows that are no country. */
  public String nameOf(String iso3) {
    Country c = byCode.get(iso3);
    return c == null ? iso3 : c.name();
  }

  public boolean contains(String iso3) {
    return byCode.containsKey(iso3);
  }

  /**
   * The names closest to a misspelt one, closest first, at most three: a code, English name or
   * alias as it is ("Germny": Germany), a name in another language as the English name
   * ("Allemange": Germany).
   */
  public List<String> closest(String misspelt) {
    Map<String, String> spellings = otherNames().spellings();
    return Suggestions.closest(misspelt.strip(), spellings.keySet()).stream()
        .map(spellings::get)
        .distinct()
        .toList();
  }

  /** Every code, name and alias, for suggestions. */
  public List<String> knownNames() {
    List<String> names = new ArrayList<>();
    for (Country c : all()) {
      names.add(c.iso3());
      names.add(c.name());
      names.addAll(c.aliases());
    }
    return names;
  }
}
