package org.burdenshare.core.countries;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A country's names in the other languages the claim reader reads (French, German, Spanish,
 * Italian, Dutch, Polish), from the JDK's own locale data: so that "Allemagne", "Niemcy" or
 * "Estados Unidos" name a country wherever a name is taken, as they do in a news text.
 */
public final class CountryNames {
  private CountryNames() {}

  /** The languages besides English. */
  public static final List<Locale> LANGUAGES =
      List.of(
          Locale.FRENCH,
          Locale.GERMAN,
          Locale.forLanguageTag("es"),
          Locale.ITALIAN,
          Locale.forLanguageTag("nl"),
          Locale.forLanguageTag("pl"));

  private static final Map<String, String> ISO2 =
      Arrays.stream(Locale.getISOCountries())
          .collect(
              Collectors.toMap(
                  c -> new Locale("", c).getISO3Country(), Function.identity(), (x, y) -> x));

  /** Its names in the other languages, without its English name, each once: "Deutschland", …. */
  public static List<String> of(Country c) {
    String iso2 = ISO2.get(c.iso3());
    if (iso2 == null) {
      return List.of();
    }
    Set<String> names = new LinkedHashSet<>();
    for (Locale l : LANGUAGES) {
      String n = new Locale("", iso2).getDisplayCountry(l);
      if (!n.isEmpty() && !n.equalsIgnoreCase(c.name()) && !n.equals(iso2)) {
        names.add(n);
      }
    }
    return List.copyOf(names);
  }

  /** A name as looked up: accents, case and surrounding spaces aside ("Türkiye" is "turkiye"). */
  public static String fold(String name) {
    String stripped = name.strip();
    if (stripped.chars().allMatch(c -> c < 128)) {
      // ASCII: decomposition changes nothing and there is no mark to drop (the common case, asked
      // for every country of every total)
      return stripped.toLowerCase(Locale.ROOT);
    }
    return MARKS
        .matcher(Normalizer.normalize(stripped, Normalizer.Form.NFD))
        .replaceAll("")
        .toLowerCase(Locale.ROOT);
  }

  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
}
